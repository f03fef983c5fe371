package io.github.helpdeskfaq.app;

/** A usage error or invalid input: a missing or invalid setting, an unknown adapter, unreadable fake data. Exit 2. */
final class UsageException extends AppException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  int exitCode() {
    return ExitCode.USAGE;
  }
}
