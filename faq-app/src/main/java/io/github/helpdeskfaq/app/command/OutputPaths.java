package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.OutputFileException;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.mirror.FaqFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes, checked before anything is downloaded, so that a mistyped path is a usage error (exit 2)
 * rather than a surprise:
 * <ul>
 *   <li>an output that names an existing folder gets the default file name inside it;</li>
 *   <li>an output that ends with {@code /} must be an existing folder;</li>
 *   <li>any other output is a file whose folder must exist, and which {@link FaqFiles#requireReplaceable} allows
 *       to replace;</li>
 *   <li>a folder to create ({@code export --dir}) may be missing, but the first part of it that exists must be a
 *       folder.</li>
 * </ul>
 */
final class OutputPaths {

  private OutputPaths() {}

  /**
   * Where an output goes: a file, or a folder where the file gets its default name.
   *
   * @param folder the folder written into
   * @param file the file, when the output named one
   */
  record Destination(Path folder, Optional<Path> file) {

    /** The file to write, given the default file name that only the download tells. */
    Path resolve(String defaultFileName) {
      return file.orElseGet(() -> folder.resolve(defaultFileName));
    }
  }

  /**
   * The destination of an output option ({@code image --output}), resolved against the working folder.
   *
   * @param option the option's name, for messages
   * @param output the option's value as the user typed it; {@code null} for the working folder
   * @throws UsageException if the output cannot be written as the rules above say
   * @throws io.github.helpdeskfaq.mirror.MirrorFolderException if the file may not be replaced
   */
  static Destination destination(Path workingDirectory, String option, String output) {
    if (output == null) {
      return new Destination(workingDirectory, Optional.empty());
    }
    Path chosen = resolve(workingDirectory, option, output);
    if (Files.isDirectory(chosen)) {
      return new Destination(chosen, Optional.empty());
    }
    String where = option + " " + output + ": ";
    if (output.endsWith("/") || output.endsWith(File.separator)) {
      throw new UsageException(where + (Files.exists(chosen) ? "it is a file, not a folder"
          : "the folder does not exist; create it first, or give a file name without the trailing "
              + output.charAt(output.length() - 1)));
    }
    Path folder = chosen.getParent();
    if (!Files.isDirectory(folder)) {
      throw new UsageException(where + display(workingDirectory, folder) + (Files.exists(folder)
          ? " is a file, not a folder" : " does not exist; create the folder first or choose another one"));
    }
    FaqFiles.requireReplaceable(chosen);
    return new Destination(folder, Optional.of(chosen));
  }

  /**
   * A folder to write into that is created when missing ({@code export --dir}), resolved against the working
   * folder; it is not created here.
   *
   * @throws UsageException if the folder, or the first of its parents that exists, is not a folder
   */
  static Path folderToCreate(Path workingDirectory, String option, Path dir) {
    Path folder = workingDirectory.resolve(dir).normalize();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new UsageException(option + " " + dir + ": " + display(workingDirectory, existing)
          + " is a file, not a folder");
    }
    return folder;
  }

  /**
   * Creates a folder and the parents it lacks.
   *
   * @throws OutputFileException if it cannot be created
   */
  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException cannotCreate) {
      throw OutputFileException.creatingFolder(folder, cannotCreate);
    }
  }

  private static Path resolve(Path workingDirectory, String option, String output) {
    try {
      return workingDirectory.resolve(output);
    } catch (InvalidPathException invalid) {
      throw new UsageException(option + " " + output + " is not a valid path: " + invalid.getReason());
    }
  }

  /** A path as the user would write it: relative to the working folder when inside it. */
  static String display(Path workingDirectory, Path file) {
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString()
        : absolute.toString();
  }
}
