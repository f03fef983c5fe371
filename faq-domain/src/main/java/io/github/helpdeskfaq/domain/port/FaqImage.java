package io.github.helpdeskfaq.domain.port;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An image of a FAQ while it is being read: what the server said about it, and its bytes as a stream.
 *
 * <p>Only valid inside {@link ImageReader#read}: the repository closes the stream when the reader returns or throws,
 * so a reader must consume what it needs before it returns and must not keep the stream. A failure of the transport
 * while reading surfaces from the stream as a {@link FaqServiceUnavailableException}, never as a retry that would
 * hand out bytes twice.
 *
 * @param contentType the media type the server declared, for example {@code image/png}
 * @param contentLength the number of bytes, when the server declared it
 * @param fileName the file name the server suggested ({@code Content-Disposition}), when it did
 * @param stream the image's bytes
 */
public record FaqImage(String contentType, OptionalLong contentLength, Optional<String> fileName, InputStream stream) {

  /** Validates the components. */
  public FaqImage {
    Objects.requireNonNull(contentType, "contentType must not be null");
    Objects.requireNonNull(contentLength, "contentLength must not be null (use OptionalLong.empty())");
    Objects.requireNonNull(fileName, "fileName must not be null (use Optional.empty())");
    Objects.requireNonNull(stream, "stream must not be null");
    if (contentLength.isPresent() && contentLength.getAsLong() < 0) {
      throw new IllegalArgumentException("contentLength must not be negative, was " + contentLength.getAsLong());
    }
  }
}
