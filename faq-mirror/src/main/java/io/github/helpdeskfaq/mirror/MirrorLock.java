package io.github.helpdeskfaq.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * One sync at a time per mirror: an exclusive lock on {@link MirrorLayout#LOCK}, held until {@link #close()}. The
 * operating system releases it when the process ends, however it ends, so a killed run never blocks the next one.
 * The lock file stays (removing it would let two runs lock two different files). It also tells whether the sync
 * before ended: emptied when a sync starts, it holds {@code finished} once one has ended ({@link #finished()}).
 */
final class MirrorLock implements AutoCloseable {

  private static final byte[] FINISHED = "finished\n".getBytes(StandardCharsets.US_ASCII);

  private final FileChannel channel;
  private final boolean previousFinished;

  private MirrorLock(FileChannel channel, boolean previousFinished) {
    this.channel = channel;
    this.previousFinished = previousFinished;
  }

  /**
   * Takes the lock of a mirror, without waiting.
   *
   * @param folder the mirror's folder, for the exception
   * @throws MirrorFolderException if another sync holds it
   * @throws MirrorFileException if the lock file cannot be created
   */
  static MirrorLock acquire(Path lockFile, Path folder) {
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException cannotCreate) {
      throw failed(lockFile, cannotCreate);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    } catch (IOException cannotLock) {
      closeQuietly(channel);
      throw failed(lockFile, cannotLock);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw MirrorFolderException.locked(folder);
    }
    try {
      boolean previousFinished = holdsFinished(channel);
      channel.truncate(0);
      return new MirrorLock(channel, previousFinished);
    } catch (IOException cannotWrite) {
      closeQuietly(channel);
      throw failed(lockFile, cannotWrite);
    }
  }

  /** Whether the sync before this one ended, rather than being killed or failing; false for a new mirror. */
  boolean previousSyncFinished() {
    return previousFinished;
  }

  /**
   * Records that this sync ended with the mirror consistent and none of its temporary files left. Not forced to
   * disk, either way: what a crash of the machine could leave wrong is one look into every folder, or a temporary
   * file left over, never the mirror's content. If it cannot be written, the next sync looks everywhere.
   */
  void finished() {
    try {
      channel.write(ByteBuffer.wrap(FINISHED), 0);
    } catch (IOException notRecorded) {
      // The next sync takes this one for killed, which costs it a look into every folder, nothing else.
    }
  }

  private static boolean holdsFinished(FileChannel channel) throws IOException {
    if (channel.size() != FINISHED.length) {
      return false;
    }
    ByteBuffer content = ByteBuffer.allocate(FINISHED.length);
    while (content.hasRemaining() && channel.read(content, content.position()) >= 0) {
      // reads until full or at the end
    }
    return Arrays.equals(content.array(), FINISHED);
  }

  /** Releases the lock. */
  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static MirrorFileException failed(Path lockFile, IOException failure) {
    return new MirrorFileException(MirrorFileException.Operation.WRITE, lockFile, failure);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing releases the lock; the process's end would release it too.
    }
  }
}
