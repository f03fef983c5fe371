package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.mirror.MirrorFileException.Operation;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The file operations of a mirror, each failure a {@link MirrorFileException} that names the file: creating folders,
 * writing only what changed (atomically, {@link AtomicFile}), removing what the mirror no longer holds, and clearing
 * the temporary files of a run that was killed. Only regular files are ever removed, and only from the mirror's own
 * folders; symbolic links are not followed.
 */
final class MirrorFiles {

  private MirrorFiles() {}

  /**
   * Writes {@code content} to {@code file} atomically unless the file already holds exactly that.
   *
   * @return whether the file was written
   */
  static boolean writeIfChanged(Path file, byte[] content) {
    if (holds(file, content)) {
      return false;
    }
    AtomicFile.write(file, content);
    return true;
  }

  /** Creates a folder and the parents it lacks. */
  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException cannotCreate) {
      throw new MirrorFileException(Operation.CREATE_FOLDER, folder, cannotCreate);
    }
  }

  private static boolean holds(Path file, byte[] content) {
    if (size(file).orElse(-1) != content.length) {
      return false;
    }
    try {
      return Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException unreadable) {
      throw new MirrorFileException(Operation.READ, file, unreadable);
    }
  }

  /** The size of a regular file, or empty when there is none (a missing file, a folder, a link). */
  static OptionalLong size(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile() ? OptionalLong.of(attributes.size()) : OptionalLong.empty();
    } catch (NoSuchFileException gone) {
      return OptionalLong.empty();
    } catch (IOException unreadable) {
      throw new MirrorFileException(Operation.READ, file, unreadable);
    }
  }

  /**
   * Removes the temporary files of {@link AtomicFile} from a folder, left there by a run that was killed while
   * writing.
   *
   * @return how many were removed
   */
  static int removeTemporaryFiles(Path folder) {
    return removeFiles(folder, name -> AtomicFile.isTemporaryName(name));
  }

  /**
   * Removes every regular file of a folder but those named.
   *
   * @return how many were removed
   */
  static int keepOnly(Path folder, Set<String> names) {
    return removeFiles(folder, name -> !names.contains(name));
  }

  /**
   * Removes a FAQ's folder: its regular files, then the folder itself unless something else is left in it.
   *
   * @return whether there was such a folder
   */
  static boolean removeFolder(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    removeFiles(folder, name -> true);
    try {
      Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException keptForWhatIsLeft) {
      // Something that is not a regular file (a folder, a link) was put there by hand: it stays, and so does this.
    } catch (IOException cannotRemove) {
      throw new MirrorFileException(Operation.REMOVE, folder, cannotRemove);
    }
    return true;
  }

  /** The names of the sub-folders of a folder (none when it does not exist); links are not folders here. */
  static List<String> folderNames(Path folder) {
    return names(folder, path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS));
  }

  private static int removeFiles(Path folder, Predicate<String> remove) {
    int removed = 0;
    for (String name : names(folder, path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))) {
      if (remove.test(name)) {
        Path file = folder.resolve(name);
        try {
          Files.deleteIfExists(file);
          removed++;
        } catch (IOException cannotRemove) {
          throw new MirrorFileException(Operation.REMOVE, file, cannotRemove);
        }
      }
    }
    return removed;
  }

  private static List<String> names(Path folder, Predicate<Path> kind) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (kind.test(entry)) {
          names.add(entry.getFileName().toString());
        }
      }
    } catch (IOException unreadable) {
      throw new MirrorFileException(Operation.READ, folder, unreadable);
    }
    names.sort(null);
    return names;
  }
}
