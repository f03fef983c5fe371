package io.github.helpdeskfaq.app.exit;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong with a local file, in words, from the {@link IOException} that the JDK threw: the one table that
 * turns them into a reason and what to do about it. Never shows the exception's class or the file names it carries
 * (they may be those of a temporary file); the operating system's own reason is shown only when nothing here knows
 * the failure.
 */
public enum FileProblem {

  FOLDER_MISSING("the folder does not exist", "create it or choose another folder"),
  PERMISSION_DENIED("permission denied", "choose another folder or fix its permissions"),
  NO_SPACE("no space left on the device", "free some space or choose another device"),
  READ_ONLY_FILE_SYSTEM("the file system is read-only", "choose another folder"),
  FOLDER_IN_THE_WAY("a folder is in the way", "remove it or choose another name"),
  FILE_IN_THE_WAY("a file is in the way", "remove it or choose another name"),
  OTHER("the system reported an error", "check the path and try again");

  private final String reason;
  private final String remedy;

  FileProblem(String reason, String remedy) {
    this.reason = reason;
    this.remedy = remedy;
  }

  /** The problem that {@code failure} reports. */
  static FileProblem of(IOException failure) {
    String osReason = osReason(failure).orElse("").toLowerCase(Locale.ROOT);
    if (failure instanceof NoSuchFileException) {
      return FOLDER_MISSING;
    }
    if (failure instanceof AccessDeniedException || osReason.contains("permission denied")
        || osReason.contains("operation not permitted")) {
      return PERMISSION_DENIED;
    }
    if (osReason.contains("no space left") || osReason.contains("disk quota exceeded")) {
      return NO_SPACE;
    }
    if (osReason.contains("read-only file system")) {
      return READ_ONLY_FILE_SYSTEM;
    }
    if (failure instanceof DirectoryNotEmptyException || osReason.contains("is a directory")) {
      return FOLDER_IN_THE_WAY;
    }
    if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException
        || osReason.contains("not a directory")) {
      return FILE_IN_THE_WAY;
    }
    return OTHER;
  }

  /**
   * One clause for a message about a file being written: what went wrong and what to do, for example
   * {@code "permission denied; choose another folder or fix its permissions"}.
   */
  static String explain(IOException failure) {
    return reasonFor(failure) + "; " + of(failure).remedy;
  }

  /** What went wrong and what to do, for a problem found without an exception. */
  String explanation() {
    return reason + "; " + remedy;
  }

  /**
   * What went wrong, without advice (for a file being read): the problem's reason, or for {@link #OTHER} the
   * operating system's own when it gave one.
   */
  public static String reasonFor(IOException failure) {
    FileProblem problem = of(failure);
    return problem != OTHER ? problem.reason
        : osReason(failure).map(FileProblem::decapitalize).orElse(problem.reason);
  }

  /**
   * The operating system's reason, without file names: a {@link FileSystemException} keeps it apart from the files;
   * any other {@code IOException} from a file stream carries only the reason as its message.
   */
  private static Optional<String> osReason(IOException failure) {
    String reason = failure instanceof FileSystemException fileSystem ? fileSystem.getReason() : failure.getMessage();
    return Optional.ofNullable(reason).map(String::strip).filter(text -> !text.isEmpty());
  }

  private static String decapitalize(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
