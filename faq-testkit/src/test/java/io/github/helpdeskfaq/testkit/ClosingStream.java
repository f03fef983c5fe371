package io.github.helpdeskfaq.testkit;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;

/** Bytes as a stream that refuses reads once closed, as a network stream does. */
final class ClosingStream extends FilterInputStream {

  private volatile boolean closed;

  ClosingStream(byte[] bytes) {
    super(new ByteArrayInputStream(bytes));
  }

  @Override
  public int read() throws IOException {
    requireOpen();
    return super.read();
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    requireOpen();
    return super.read(buffer, offset, length);
  }

  @Override
  public long skip(long count) throws IOException {
    requireOpen();
    return super.skip(count);
  }

  @Override
  public int available() throws IOException {
    requireOpen();
    return super.available();
  }

  @Override
  public void close() {
    closed = true;
  }

  private void requireOpen() throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
  }
}
