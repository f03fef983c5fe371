package io.github.helpdeskfaq.app.exit;

/**
 * Writing needs a user's sign-in that there is not, or a sign-in ({@code faq-app login}) did not complete: no user
 * tokens, no redirect in time, a redirect that is not this sign-in's. The message says how to sign in. Exit 4.
 */
public final class SignInException extends AppException {

  private static final long serialVersionUID = 1L;

  /**
   * A sign-in that is missing or failed.
   *
   * @param message the line that explains it and says how to sign in
   */
  public SignInException(String message) {
    super(message, null);
  }

  @Override
  int exitCode() {
    return ExitCode.ACCESS_DENIED;
  }
}
