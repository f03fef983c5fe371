package io.github.helpdeskfaq.feishu.simulator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An answer that its source sends itself, head included, while the server writes it: for a body whose stream is
 * open only while a callback runs, as the served fake's images are ({@link ImageStreaming}).
 */
@FunctionalInterface
interface StreamedBody {

  /**
   * Sends the answer through {@code head}, or sends nothing and returns the answer to send instead.
   *
   * @return {@code null} once sent, else the answer to send
   * @throws IOException if writing to the client fails
   */
  SimulatedAnswer sendOr(Head head) throws IOException;

  /** Sends a 200 head. */
  @FunctionalInterface
  interface Head {
    /**
     * Sends a 200 head with this content type and length.
     *
     * @return the stream to write exactly {@code length} bytes of body to
     * @throws IOException if writing to the client fails
     */
    OutputStream send(String contentType, long length) throws IOException;
  }
}
