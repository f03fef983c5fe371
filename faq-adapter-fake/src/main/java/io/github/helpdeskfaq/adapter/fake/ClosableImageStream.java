package io.github.helpdeskfaq.adapter.fake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The fake's image stream: the stored bytes, refusing every read with an {@link IOException} once closed, as a
 * network stream does. A reader that keeps the stream past its callback and reads it later fails against the fake as
 * it would against Feishu. Not shared between threads: each call gets its own.
 */
final class ClosableImageStream extends InputStream {

  private final byte[] bytes;
  private int position;
  private boolean closed;

  /** Streams {@code bytes}, which the caller no longer changes. */
  ClosableImageStream(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public int read() throws IOException {
    requireOpen();
    return position < bytes.length ? bytes[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    requireOpen();
    if (length == 0) {
      return 0;
    }
    if (position >= bytes.length) {
      return -1;
    }
    int n = Math.min(length, bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public long skip(long count) throws IOException {
    requireOpen();
    long n = Math.max(0, Math.min(count, bytes.length - position));
    position += (int) n;
    return n;
  }

  @Override
  public int available() throws IOException {
    requireOpen();
    return bytes.length - position;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void requireOpen() throws IOException {
    if (closed) {
      throw new IOException("the image stream is closed: read the image inside the ImageReader, before it returns");
    }
  }
}
