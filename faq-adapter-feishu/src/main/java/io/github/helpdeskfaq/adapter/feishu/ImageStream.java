package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The stream an image reader gets: the response body's own stream, read straight through (nothing is buffered
 * beyond OkHttp's segments), with a transport failure while reading turned into
 * {@link FaqServiceUnavailableException}. That way an {@link IOException} that leaves the reader is the reader's
 * own, and a broken transfer is never mistaken for one, nor retried behind the caller's back. Once closed it refuses
 * every read with an {@link IOException}, even of bytes that were already buffered, so that a reader that keeps the
 * stream past its callback fails at once rather than reading part of the image.
 */
final class ImageStream extends FilterInputStream {

  private final String what;
  private volatile boolean closed;

  ImageStream(InputStream body, String what) {
    super(body);
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    requireOpen();
    try {
      return super.read();
    } catch (IOException broken) {
      throw brokenOff(broken);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    requireOpen();
    try {
      return super.read(buffer, offset, length);
    } catch (IOException broken) {
      throw brokenOff(broken);
    }
  }

  @Override
  public long skip(long count) throws IOException {
    requireOpen();
    try {
      return super.skip(count);
    } catch (IOException broken) {
      throw brokenOff(broken);
    }
  }

  @Override
  public int available() throws IOException {
    requireOpen();
    try {
      return super.available();
    } catch (IOException broken) {
      throw brokenOff(broken);
    }
  }

  /** Closing releases the connection; a failure to close changes nothing for the reader. */
  @Override
  public void close() {
    closed = true;
    try {
      super.close();
    } catch (IOException ignored) {
      // the response is closed once more by the repository; nothing is left to release
    }
  }

  private void requireOpen() throws IOException {
    if (closed) {
      throw new IOException("the image stream is closed: read the image inside the ImageReader, before it returns");
    }
  }

  private FaqServiceUnavailableException brokenOff(IOException broken) {
    return new FaqServiceUnavailableException("the transfer of " + what + " from Feishu broke off: "
        + FeishuErrors.describe(broken), null, null, 1, broken);
  }
}
