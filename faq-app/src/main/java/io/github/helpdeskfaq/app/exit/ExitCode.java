package io.github.helpdeskfaq.app.exit;

/** The exit codes of {@code faq-app}; other tools depend on them, so they never change meaning. */
public final class ExitCode {

  /** The command did what it was asked. */
  public static final int SUCCESS = 0;
  /** Anything not below: a local I/O failure, a service failure that has no code of its own here, a bug. */
  public static final int UNEXPECTED = 1;
  /**
   * A usage error or invalid input: bad id or key, an output path that cannot be used or a file that may not be
   * replaced, missing or invalid setting, unknown adapter, bad fake data.
   */
  public static final int USAGE = 2;
  /** The FAQ or the image does not exist. */
  public static final int NOT_FOUND = 3;
  /** Access denied or authentication failed. */
  public static final int ACCESS_DENIED = 4;
  /** The service is unavailable: throttled, circuit open, server error, timeout, or an unreadable answer. */
  public static final int SERVICE_UNAVAILABLE = 5;
  /**
   * A create was sent and its answer lost, and whether it made anything could not be told: check the helpdesk before
   * creating it again ({@link io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException}).
   */
  public static final int OUTCOME_UNKNOWN = 6;
  /**
   * A publish left pages unwritten because their FAQs changed in the helpdesk since the sync, as well as in the
   * mirror ({@code --force} writes them); with {@code --plan}, the plan has such pages.
   */
  public static final int CONFLICT = 7;
  /**
   * Standard output was closed or failed before a listing ended (a consumer such as {@code head} stopped reading):
   * the command stopped reading pages and says nothing more. 141 is what a shell reports for a program ended by a
   * broken pipe (128 + SIGPIPE), so a pipeline under {@code set -o pipefail} reads it as it reads any other.
   */
  public static final int OUTPUT_CLOSED = 141;

  private ExitCode() {}
}
