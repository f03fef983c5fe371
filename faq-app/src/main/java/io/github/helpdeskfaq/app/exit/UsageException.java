package io.github.helpdeskfaq.app.exit;

/** A usage error or invalid input: a missing or invalid setting, an unknown adapter, unreadable fake data. Exit 2. */
public final class UsageException extends AppException {

  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message the line that explains it
   */
  public UsageException(String message) {
    super(message, null);
  }

  /**
   * A usage error found by another one.
   *
   * @param message the line that explains it
   * @param cause what found it
   */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  int exitCode() {
    return ExitCode.USAGE;
  }
}
