package io.github.helpdeskfaq.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sync at a time per mirror: an exclusive lock on {@link MirrorLayout#LOCK}, held until {@link #close()}. The
 * operating system releases it when the process ends, however it ends, so a killed run never blocks the next one.
 * The empty lock file stays (removing it would let two runs lock two different files).
 */
final class MirrorLock implements AutoCloseable {

  private final FileChannel channel;

  private MirrorLock(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Takes the lock of a mirror, without waiting.
   *
   * @param shownAs the mirror's folder as the user should read it in a message
   *
   * @throws UsageException if another sync holds it
   * @throws OutputFileException if the lock file cannot be created
   */
  static MirrorLock acquire(Path lockFile, String shownAs) {
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException cannotCreate) {
      throw OutputFileException.writing(lockFile, cannotCreate);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    } catch (IOException cannotLock) {
      closeQuietly(channel);
      throw OutputFileException.writing(lockFile, cannotLock);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new UsageException("another sync is writing into " + shownAs + "; wait for it to end");
    }
    return new MirrorLock(channel);
  }

  /** Releases the lock. */
  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing releases the lock; the process's end would release it too.
    }
  }
}
