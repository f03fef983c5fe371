package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.domain.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;

/**
 * Maps what ended a command to its exit code and its one line of explanation.
 *
 * <p>A {@link FaqRequestRejectedException} and a plain {@link FaqRepositoryException} are exit 1: the ids are
 * validated before any call, so a rejected request or a failure the adapter could not classify is not something the
 * user can fix by retrying (exit 5) or by changing the input (exit 2); the line names the service's code.
 */
final class Failures {

  private Failures() {}

  /**
   * An exit code with the line that explains it.
   *
   * @param exitCode the program's exit code
   * @param message the line for standard error
   * @param unexplained whether the line cannot say what went wrong (a bug): the stack trace would help
   */
  record Failure(int exitCode, String message, boolean unexplained) {

    Failure(int exitCode, String message) {
      this(exitCode, message, false);
    }
  }

  static Failure classify(Throwable error) {
    if (error instanceof AppException known) {
      return new Failure(known.exitCode(), known.getMessage());
    }
    // The exceptions render their own data (code, retry-after, attempts) into their messages.
    if (error instanceof FaqAccessDeniedException denied) {
      return new Failure(ExitCode.ACCESS_DENIED, "access denied: " + denied.getMessage());
    }
    if (error instanceof FaqServiceUnavailableException unavailable) {
      return new Failure(ExitCode.SERVICE_UNAVAILABLE, "service unavailable: " + unavailable.getMessage());
    }
    if (error instanceof FaqRequestRejectedException rejected) {
      return new Failure(ExitCode.UNEXPECTED, "the service rejected the request: " + rejected.getMessage());
    }
    if (error instanceof FaqRepositoryException failed) {
      return new Failure(ExitCode.UNEXPECTED, "the service reported a failure: " + failed.getMessage());
    }
    return new Failure(ExitCode.UNEXPECTED, "unexpected error: " + error, true);
  }
}
