package io.github.helpdeskfaq.adapter.feishu.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link UserTokenStore} in one file, for one machine: a program run by a person, or one service.
 *
 * <ul>
 *   <li>The file, its folder when this store creates it, and the lock file beside it ({@code <name>.lock}) are the
 *       owner's only ({@code rw-------}, {@code rwx------}) where the file system has POSIX permissions.</li>
 *   <li>{@link #save} writes a new file beside the old one, forces it to disk and moves it over the old one
 *       atomically: a crash leaves the old pair or the new, never half of one.</li>
 *   <li>{@link #withLock} excludes the other threads of this JVM and other processes (an OS file lock on the lock
 *       file); it waits in steps of 20 ms.</li>
 *   <li>The format is {@link Properties}, written as ASCII and read as UTF-8: {@code access_token},
 *       {@code access_expires_at} (ISO-8601), {@code refresh_token}, {@code refresh_expires_at}. A damaged file is
 *       a {@link UserTokenStoreException} that names the file and the field, never a value.</li>
 * </ul>
 */
public final class FileUserTokenStore implements UserTokenStore {

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final long LOCK_POLL_MILLIS = 20;

  private final Path file;
  private final Path lockFile;

  private FileUserTokenStore(Path file) {
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * A store in {@code file}; nothing is created until the first save or lock.
   *
   * @param file the file; its folder is created, owner-only, when it does not exist
   * @return the store
   */
  public static FileUserTokenStore at(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) {
      throw new IllegalArgumentException("a token file needs a file name: " + file);
    }
    return new FileUserTokenStore(absolute);
  }

  /** The file the tokens are kept in. @return the absolute path */
  public Path file() {
    return file;
  }

  @Override
  public Optional<UserTokens> load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException none) {
      return Optional.empty();
    } catch (CharacterCodingException notText) {
      throw damaged("it is not UTF-8 text", notText);
    } catch (IOException | UncheckedIOException failed) {
      throw new UserTokenStoreException("cannot read the user token file " + file + ": " + failed, failed);
    }
    Properties fields = new Properties();
    try {
      fields.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException damaged) {
      throw damaged("it is not a properties file", damaged);
    }
    String refresh = fields.getProperty("refresh_token");
    try {
      return Optional.of(new UserTokens(required(fields, "access_token"),
          time(required(fields, "access_expires_at"), "access_expires_at"), Optional.ofNullable(refresh),
          Optional.ofNullable(fields.getProperty("refresh_expires_at")).map(at -> time(at, "refresh_expires_at"))));
    } catch (IllegalArgumentException badToken) {
      throw damaged(badToken.getMessage(), badToken);
    }
  }

  @Override
  public void save(UserTokens tokens) {
    Properties fields = new Properties();
    fields.setProperty("access_token", tokens.accessToken());
    fields.setProperty("access_expires_at", tokens.accessExpiresAt().toString());
    tokens.refreshToken().ifPresent(token -> fields.setProperty("refresh_token", token));
    tokens.refreshExpiresAt().ifPresent(at -> fields.setProperty("refresh_expires_at", at.toString()));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      // as ASCII, every other character escaped: any token, even one that UTF-8 cannot encode, loads back as it is
      fields.store(text, "Feishu user tokens: keep this file to yourself");
      createFolder();
      Path next = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".new", ownerOnly(OWNER_FILE));
      try {
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
          channel.write(ByteBuffer.wrap(text.toByteArray()));
          channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(next);
      }
    } catch (IOException failed) {
      throw new UserTokenStoreException("cannot write the user token file " + file + ": " + failed, failed);
    }
  }

  @Override
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException failed) {
      throw new UserTokenStoreException("cannot delete the user token file " + file + ": " + failed, failed);
    }
  }

  @Override
  public <T> T withLock(Duration timeout, Supplier<T> action) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
    try {
      if (!jvmLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw notLocked(timeout, null);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw notLocked(timeout, interrupted);
    }
    try (FileChannel channel = openLockFile()) {
      FileLock held = osLock(channel, deadline, timeout);
      try {
        return action.get();
      } finally {
        held.release();
      }
    } catch (IOException failed) {
      throw new UserTokenStoreException("cannot lock the user token file " + lockFile + ": " + failed, failed);
    } finally {
      jvmLock.unlock();
    }
  }

  private FileChannel openLockFile() throws IOException {
    createFolder();
    try {
      Files.createFile(lockFile, ownerOnly(OWNER_FILE));
    } catch (FileAlreadyExistsException exists) {
      // another holder made it
    }
    return FileChannel.open(lockFile, StandardOpenOption.WRITE);
  }

  private FileLock osLock(FileChannel channel, long deadline, Duration timeout) throws IOException {
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw notLocked(timeout, null);
      }
      try {
        Thread.sleep(LOCK_POLL_MILLIS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw notLocked(timeout, interrupted);
      }
    }
  }

  private void createFolder() throws IOException {
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder, ownerOnly(OWNER_FOLDER));
    }
  }

  private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  private static String required(Properties fields, String name) {
    String value = fields.getProperty(name);
    if (value == null) {
      throw new IllegalArgumentException("it has no " + name);
    }
    return value;
  }

  /**
   * The field's time, or a refusal without the parser's exception, whose message quotes the text: in a damaged file
   * that may have run into the next line, a token's.
   */
  private Instant time(String text, String name) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException badTime) {
      throw damaged(name + " is not an ISO-8601 time", null);
    }
  }

  private UserTokenStoreException damaged(String why, Throwable cause) {
    return new UserTokenStoreException("the user token file " + file + " is damaged (" + why + "): sign in again",
        cause);
  }

  private UserTokenStoreException notLocked(Duration timeout, Throwable cause) {
    return new UserTokenStoreException("another process held the lock of " + lockFile + " for more than "
        + timeout.toMillis() + " ms", cause);
  }

  @Override
  public String toString() {
    return "FileUserTokenStore[" + file + "]";
  }
}
