package io.github.helpdeskfaq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the same way for every client: what "download the image and digest it" means here. */
public final class Digests {

  /** The read buffer of every client's digest loop. */
  static final int BUFFER_SIZE = 64 * 1024;

  private Digests() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  /**
   * Reads the stream to its end through SHA-256, {@link #BUFFER_SIZE} bytes at a time.
   *
   * @param in the bytes
   * @return the digest
   * @throws IOException if reading fails
   */
  public static byte[] sha256(InputStream in) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER_SIZE];
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return digest.digest();
  }

  static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /** An output stream that digests what is written to it, for a client that hands over its bytes by writing. */
  static final class DigestingOutputStream extends OutputStream {
    private final MessageDigest digest = sha256();

    @Override
    public void write(int b) {
      digest.update((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    byte[] digest() {
      return digest.digest();
    }
  }
}
