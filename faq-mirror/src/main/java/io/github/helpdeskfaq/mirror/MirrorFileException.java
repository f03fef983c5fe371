package io.github.helpdeskfaq.mirror;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file could not be written, read or removed, or a folder not created: no permission, no space left, ... The
 * {@link #getCause() cause} is what the JDK reported. A sync stops at once, before its manifest, so the next one
 * finishes the work. The message names the file asked for, never a temporary file beside it.
 */
public final class MirrorFileException extends MirrorException {

  private static final long serialVersionUID = 1L;

  /** What was done to the file. */
  public enum Operation {
    /** Writing it, or creating or renaming its temporary file. */
    WRITE,
    /** Reading it or its attributes, or listing a folder. */
    READ,
    /** Removing it. */
    REMOVE,
    /** Creating the folder, or one of its parents. */
    CREATE_FOLDER
  }

  private final Operation operation;
  private final transient Path file;

  MirrorFileException(Operation operation, Path file, IOException cause) {
    super("cannot " + operation.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + file + ": "
        + reason(cause), Objects.requireNonNull(cause, "cause"));
    this.operation = Objects.requireNonNull(operation, "operation");
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * What was done to the file.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * The file or the folder, as the caller named it.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * What the JDK reported.
   *
   * @return the failure
   */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }

  /**
   * The system's reason without the file names, which may be a temporary file's; without one, the kind of failure
   * in words ({@code NoSuchFileException}: "no such file").
   */
  private static String reason(IOException cause) {
    String reason = cause instanceof FileSystemException fileSystem ? fileSystem.getReason() : cause.getMessage();
    if (reason != null && !reason.isBlank()) {
      return reason.strip();
    }
    return cause.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }
}
