package io.github.helpdeskfaq.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing a local file failed (no such folder, no permission, disk full). Exit 1: the table of exit codes has no
 * row for local trouble, and nothing about the FAQ or the service is wrong.
 */
final class OutputFileException extends AppException {

  private static final long serialVersionUID = 1L;

  OutputFileException(Path file, IOException cause) {
    super("cannot write " + file + ": " + describe(cause), cause);
  }

  private static String describe(IOException cause) {
    String reason = cause.getClass().getSimpleName();
    // Many NIO exceptions carry only the file name as their message; the class name says what went wrong.
    return cause.getMessage() == null ? reason : reason + " (" + cause.getMessage() + ")";
  }

  @Override
  int exitCode() {
    return ExitCode.UNEXPECTED;
  }
}
