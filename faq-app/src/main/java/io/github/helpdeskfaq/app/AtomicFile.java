package io.github.helpdeskfaq.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it appears under its final name complete or not at all: the content goes to a hidden
 * temporary file in the same folder, which is renamed over the target on success ({@code ATOMIC_MOVE}, falling back
 * to a plain replacing move where the file system cannot rename atomically) and deleted on any failure. An existing
 * target is replaced.
 */
final class AtomicFile {

  /** Writes the content; it may read from a source whose failures must pass through unchanged. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code target}.
   *
   * @throws OutputFileException if creating, writing or renaming the file fails
   * @throws IOException if the content's own source fails (never a failure of the file)
   */
  static void write(Path target, Content content) throws IOException {
    Path temp = target.resolveSibling(
        "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
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

  private static OutputStream open(Path temp, Path target) {
    try {
      return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException cannotCreate) {
      throw new OutputFileException(target, cannotCreate);
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
      throw new OutputFileException(target, cannotMove);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Already failing for a better reason; a stray hidden .part file is the lesser harm.
    }
  }

  /** Turns every failure of the file into an {@link OutputFileException}, so that it cannot pass for the source's. */
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
        throw new OutputFileException(target, failed);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        out.write(bytes, offset, length);
      } catch (IOException failed) {
        throw new OutputFileException(target, failed);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException failed) {
        throw new OutputFileException(target, failed);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException failed) {
        throw new OutputFileException(target, failed);
      }
    }
  }
}
