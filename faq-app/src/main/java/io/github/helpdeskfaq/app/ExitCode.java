package io.github.helpdeskfaq.app;

/** The exit codes of {@code faq-app}; other tools depend on them, so they never change meaning. */
final class ExitCode {

  /** The command did what it was asked. */
  static final int SUCCESS = 0;
  /** Anything not below: a local I/O failure, a service failure that has no code of its own here, a bug. */
  static final int UNEXPECTED = 1;
  /**
   * A usage error or invalid input: bad id or key, an output path that cannot be used or a file that may not be
   * replaced, missing or invalid setting, unknown adapter, bad fake data.
   */
  static final int USAGE = 2;
  /** The FAQ or the image does not exist. */
  static final int NOT_FOUND = 3;
  /** Access denied or authentication failed. */
  static final int ACCESS_DENIED = 4;
  /** The service is unavailable: throttled, circuit open, server error, timeout, or an unreadable answer. */
  static final int SERVICE_UNAVAILABLE = 5;

  private ExitCode() {}
}
