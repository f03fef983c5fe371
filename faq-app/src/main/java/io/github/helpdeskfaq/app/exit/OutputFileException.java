package io.github.helpdeskfaq.app.exit;

import io.github.helpdeskfaq.mirror.MirrorFileException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing a local file, creating a folder, or reading or removing a file the program wrote failed (no such folder,
 * no permission, disk full). Exit 1: the table of exit codes has no row for local trouble, and nothing about the FAQ
 * or the service is wrong. The message is one sentence that names the file the user asked for (never a temporary
 * file) and says what went wrong and what to do, from {@link FileProblem}.
 */
public final class OutputFileException extends AppException {

  private static final long serialVersionUID = 1L;

  private OutputFileException(String message, IOException cause) {
    super(message, cause);
  }

  /** What {@code faq-mirror} could not do to a file. */
  static OutputFileException of(MirrorFileException failed) {
    return switch (failed.operation()) {
      case WRITE -> writing(failed.file(), failed.getCause());
      case READ -> reading(failed.file(), failed.getCause());
      case REMOVE -> removing(failed.file(), failed.getCause());
      case CREATE_FOLDER -> creatingFolder(failed.file(), failed.getCause());
    };
  }

  /** Writing {@code file} failed. */
  static OutputFileException writing(Path file, IOException cause) {
    return new OutputFileException("cannot write " + file + ": " + FileProblem.explain(cause), cause);
  }

  /** Reading {@code file}, which the program wrote before, failed. */
  static OutputFileException reading(Path file, IOException cause) {
    return new OutputFileException("cannot read " + file + ": " + FileProblem.explain(cause), cause);
  }

  /** Removing {@code file} (a file or an empty folder) failed. */
  static OutputFileException removing(Path file, IOException cause) {
    return new OutputFileException("cannot remove " + file + ": " + FileProblem.explain(cause), cause);
  }

  /** Creating the folder {@code folder} (or one of its parents) failed. */
  public static OutputFileException creatingFolder(Path folder, IOException cause) {
    return new OutputFileException("cannot create the folder " + folder + ": " + FileProblem.explain(cause), cause);
  }

  @Override
  int exitCode() {
    return ExitCode.UNEXPECTED;
  }
}
