package io.github.helpdeskfaq.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as the mirror's manifest records it: lower-case hexadecimal. */
final class Sha256 {

  private static final int BUFFER_SIZE = 64 * 1024;

  private Sha256() {}

  /** A new SHA-256 digest; every Java platform has one. */
  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("this Java platform lacks SHA-256, which every platform must have", missing);
    }
  }

  /** The digest's value in lower-case hexadecimal; the digest is reset. */
  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of bytes. */
  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  /**
   * The SHA-256 of a file's content, read in constant memory.
   *
   * @throws IOException if the file cannot be read
   */
  static String of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[BUFFER_SIZE];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return hex(digest);
  }
}
