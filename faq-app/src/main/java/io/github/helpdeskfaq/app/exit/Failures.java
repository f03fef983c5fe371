package io.github.helpdeskfaq.app.exit;

import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.domain.port.Diagnostics;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException;
import io.github.helpdeskfaq.mirror.CategoryNotFoundException;
import io.github.helpdeskfaq.mirror.MarkdownAnswerException;
import io.github.helpdeskfaq.mirror.MirrorFileException;
import io.github.helpdeskfaq.mirror.MirrorFolderException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps what ended a command to its exit code and its one line of explanation, followed, for a failure of the service,
 * by a plain line for each thing the service said beyond it ({@link Diagnostics}): the missing scope, where to get
 * help (the page that grants it), the troubleshooter, and the log id to give its support.
 *
 * <p>A {@link FaqRequestRejectedException} and a plain {@link FaqRepositoryException} are exit 1: the ids are
 * validated before any call, so a rejected request or a failure the adapter could not classify is not something the
 * user can fix by retrying (exit 5) or by changing the input (exit 2); the line names the service's code. A create
 * whose outcome is unknown has an exit code of its own. The failures of {@code faq-mirror} are worded here from
 * their data, as the program's own; a Markdown answer it refuses is invalid input, and a user token file that cannot
 * be used is local trouble (exit 1), as a file that cannot be written is.
 */
public final class Failures {

  private Failures() {}

  /**
   * An exit code with the line that explains it.
   *
   * @param exitCode the program's exit code
   * @param message the line for standard error
   * @param notes the lines that follow it: what the service said beyond it; empty for most failures
   * @param unexplained whether the line cannot say what went wrong (a bug): the stack trace would help
   */
  public record Failure(int exitCode, String message, List<String> notes, boolean unexplained) {

    /** Copies the notes. */
    public Failure {
      notes = List.copyOf(notes);
    }

    Failure(int exitCode, String message) {
      this(exitCode, message, List.of(), false);
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
    if (error instanceof MarkdownAnswerException refused) {
      return new Failure(ExitCode.USAGE, refused.getMessage());
    }
    if (error instanceof UserTokenStoreException unusable) {
      return new Failure(ExitCode.UNEXPECTED, unusable.getMessage());
    }
    if (error instanceof RemediedFailure remedied) {
      Failure failure = service(remedied.failure());
      List<String> notes = new ArrayList<>(failure.notes());
      notes.add(remedied.remedy());
      return new Failure(failure.exitCode(), failure.message(), notes, false);
    }
    if (error instanceof FaqRepositoryException failed) {
      return service(failed);
    }
    return new Failure(ExitCode.UNEXPECTED, "unexpected error: " + error, List.of(), true);
  }

  /** The exceptions render their own data (code, retry-after, attempts) into their summaries; notes follow. */
  private static Failure service(FaqRepositoryException failed) {
    int exitCode = ExitCode.UNEXPECTED;
    String what = "the service reported a failure: ";
    if (failed instanceof FaqWriteOutcomeUnknownException) {
      exitCode = ExitCode.OUTCOME_UNKNOWN;
      what = "outcome unknown: ";
    } else if (failed instanceof FaqAccessDeniedException) {
      exitCode = ExitCode.ACCESS_DENIED;
      what = "access denied: ";
    } else if (failed instanceof FaqServiceUnavailableException) {
      exitCode = ExitCode.SERVICE_UNAVAILABLE;
      what = "service unavailable: ";
    } else if (failed instanceof FaqRequestRejectedException) {
      what = "the service rejected the request: ";
    }
    return new Failure(exitCode, what + failed.summary(), notes(failed.diagnostics()), false);
  }

  /** A line for each part of the diagnostics, in the order a person acts on them. */
  private static List<String> notes(Diagnostics diagnostics) {
    List<String> notes = new ArrayList<>();
    diagnostics.permissionViolations().stream().filter(violation -> !violation.subject().isEmpty())
        .forEach(violation -> notes.add("missing scope: " + violation.subject()));
    diagnostics.helps().forEach(help -> notes.add("help: " + help.url()
        + (help.description().isEmpty() ? "" : " (" + help.description() + ")")));
    diagnostics.troubleshooter().ifPresent(link -> notes.add("troubleshooter: " + link));
    diagnostics.logId().ifPresent(logId -> notes.add("log id, for the service's support: " + logId));
    return notes;
  }

  /** A folder or a file that may not be used; {@code sync} words the reasons that need its options. */
  private static String unusable(MirrorFolderException unusable) {
    return switch (unusable.reason()) {
      case READ_ONLY_FILE -> "will not replace " + unusable.path() + ": it is read-only; make it writable or "
          + "choose another name";
      case FOLDER_IN_THE_WAY -> "cannot write " + unusable.path() + ": " + FileProblem.FOLDER_IN_THE_WAY.explanation();
      case NEWER_FORMAT -> unusable.path() + " was written by a newer faq-app (manifest format "
          + unusable.format().orElseThrow() + "); sync with that version, or into another folder";
      case LOCKED, NOT_A_MIRROR, NO_MIRROR, UNREADABLE_JOURNAL -> unusable.getMessage();
    };
  }
}
