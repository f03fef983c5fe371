package io.github.helpdeskfaq.app.exit;

import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.mirror.CategoryNotFoundException;
import io.github.helpdeskfaq.mirror.MirrorFileException;
import io.github.helpdeskfaq.mirror.MirrorFolderException;

/**
 * Maps what ended a command to its exit code and its one line of explanation.
 *
 * <p>A {@link FaqRequestRejectedException} and a plain {@link FaqRepositoryException} are exit 1: the ids are
 * validated before any call, so a rejected request or a failure the adapter could not classify is not something the
 * user can fix by retrying (exit 5) or by changing the input (exit 2); the line names the service's code. The
 * failures of {@code faq-mirror} are worded here from their data, as the program's own.
 */
public final class Failures {

  private Failures() {}

  /**
   * An exit code with the line that explains it.
   *
   * @param exitCode the program's exit code
   * @param message the line for standard error
   * @param unexplained whether the line cannot say what went wrong (a bug): the stack trace would help
   */
  public record Failure(int exitCode, String message, boolean unexplained) {

    Failure(int exitCode, String message) {
      this(exitCode, message, false);
    }
  }

  /**
   * What ended a command, as its exit code and its line.
   *
   * @param error what ended it
   * @return the exit code and the line
   */
  public static Failure classify(Throwable error) {
    if (error instanceof AppException known) {
      return new Failure(known.exitCode(), known.getMessage());
    }
    if (error instanceof MirrorFileException failed) {
      return classify(OutputFileException.of(failed));
    }
    if (error instanceof MirrorFolderException unusable) {
      return new Failure(ExitCode.USAGE, unusable(unusable));
    }
    if (error instanceof CategoryNotFoundException missing) {
      return classify(NotFoundException.category(missing.categoryId()));
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

  /** A folder or a file that may not be used; {@code sync} words the reasons that need its options. */
  private static String unusable(MirrorFolderException unusable) {
    return switch (unusable.reason()) {
      case READ_ONLY_FILE -> "will not replace " + unusable.path() + ": it is read-only; make it writable or "
          + "choose another name";
      case FOLDER_IN_THE_WAY -> "cannot write " + unusable.path() + ": " + FileProblem.FOLDER_IN_THE_WAY.explanation();
      case NEWER_FORMAT -> unusable.path() + " was written by a newer faq-app (manifest format "
          + unusable.format().orElseThrow() + "); sync with that version, or into another folder";
      case LOCKED, NOT_A_MIRROR -> unusable.getMessage();
    };
  }
}
