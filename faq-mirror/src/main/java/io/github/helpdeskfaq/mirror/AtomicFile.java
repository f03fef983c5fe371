package io.github.helpdeskfaq.mirror;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that it appears under its final name complete or not at all: the content goes to a hidden
 * temporary file in the same folder, which is renamed over the target on success ({@code ATOMIC_MOVE}, falling back
 * to a plain replacing move where the file system cannot rename atomically) and deleted on any failure.
 *
 * <p>An existing target is replaced only as {@link #requireReplaceable} allows: a file unless it is read-only, never
 * a folder.
 */
final class AtomicFile {

  /** The temporary file's name keeps this much of the target's, so that it stays within the file system's limit. */
  private static final int TEMP_NAME_PREFIX = 32;
  /**
   * The names {@link #write} gives its temporary files: a dot, up to {@value #TEMP_NAME_PREFIX} code points of the
   * target's name, a dot, a random number in hexadecimal, {@code .part}.
   */
  private static final Pattern TEMP_NAME = Pattern.compile(
      "\\..{1," + TEMP_NAME_PREFIX + "}\\.[0-9a-f]{1,16}\\.part", Pattern.DOTALL);

  /** Writes the content; it may read from a source whose failures must pass through unchanged. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes bytes to {@code target}.
   *
   * @throws MirrorFolderException if the target may not be replaced ({@link #requireReplaceable})
   * @throws MirrorFileException if creating, writing or renaming the file fails
   */
  static void write(Path target, byte[] content) {
    try {
      write(target, out -> out.write(content));
    } catch (IOException fromMemory) {
      throw new MirrorFileException(MirrorFileException.Operation.WRITE, target, fromMemory);
    }
  }

  /**
   * Writes {@code content} to {@code target}.
   *
   * @throws MirrorFolderException if the target may not be replaced ({@link #requireReplaceable})
   * @throws MirrorFileException if creating, writing or renaming the file fails
   * @throws IOException if the content's own source fails (never a failure of the file)
   */
  static void write(Path target, Content content) throws IOException {
    requireReplaceable(target);
    String name = target.getFileName().toString();
    String prefix = name.substring(0, name.offsetByCodePoints(0,
        Math.min(name.codePointCount(0, name.length()), TEMP_NAME_PREFIX)));
    Path temp = target.resolveSibling(
        "." + prefix + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
    boolean moved = false;
    try {
      try (OutputStream out = new FileOutput(target, open(temp, target))) {
        content.writeTo(out);
      }
      move(temp, target);
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Whether a file name is one that {@link #write} gives its temporary files: such a file under a folder the program
   * owns is left over from a run that was killed while writing, and may be deleted.
   */
  static boolean isTemporaryName(String fileName) {
    return TEMP_NAME.matcher(fileName).matches();
  }

  /**
   * The rule for an existing target, checked before anything is written (commands also check it before they start
   * downloading): a file is replaced unless it is read-only, a folder is never replaced. A file is read-only when this
   * process may not write it, or when its owner may not (no owner-write permission): the second test is what stops
   * root, whom the operating system lets write any file.
   *
   * @throws MirrorFolderException if the target is a folder or a read-only file
   */
  static void requireReplaceable(Path target) {
    if (Files.isDirectory(target)) {
      throw MirrorFolderException.folderInTheWay(target);
    }
    if (Files.exists(target) && isReadOnly(target)) {
      throw MirrorFolderException.readOnly(target);
    }
  }

  private static boolean isReadOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    try {
      return posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException unreadable) {
      throw failed(file, unreadable);
    }
  }

  private static OutputStream open(Path temp, Path target) {
    try {
      return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException cannotCreate) {
      throw failed(target, cannotCreate);
    }
  }

  private static void move(Path temp, Path target) {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notHere) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException cannotMove) {
      throw failed(target, cannotMove);
    }
  }

  private static MirrorFileException failed(Path target, IOException failure) {
    return new MirrorFileException(MirrorFileException.Operation.WRITE, target, failure);
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Already failing for a better reason; a stray hidden .part file is the lesser harm.
    }
  }

  /** Turns every failure of the file into a {@link MirrorFileException}, so that it cannot pass for the source's. */
  private static final class FileOutput extends FilterOutputStream {
    private final Path target;

    FileOutput(Path target, OutputStream out) {
      super(out);
      this.target = target;
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException failed) {
        throw failed(target, failed);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        out.write(bytes, offset, length);
      } catch (IOException failed) {
        throw failed(target, failed);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException failed) {
        throw failed(target, failed);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException failed) {
        throw failed(target, failed);
      }
    }
  }
}
