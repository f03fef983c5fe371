package io.github.helpdeskfaq.app.exit;

/**
 * A failure that the program itself detected and can explain in one line: its message is that line, and it knows
 * its exit code. Never carries a secret.
 */
abstract class AppException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AppException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The exit code of the program when this ends it. */
  abstract int exitCode();
}
