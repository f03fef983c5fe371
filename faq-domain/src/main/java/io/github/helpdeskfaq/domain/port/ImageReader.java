package io.github.helpdeskfaq.domain.port;

import java.io.IOException;

/**
 * What a caller does with an image while the repository holds it open, in the manner of JDBC's {@code RowMapper}:
 * the repository opens the stream, calls the reader once, and always releases the stream afterwards, so that a
 * caller cannot leak a connection by forgetting to close it.
 *
 * @param <T> what the reader makes of the image: a digest, a file path, a thumbnail
 */
@FunctionalInterface
public interface ImageReader<T> {

  /**
   * Reads the image. Consume the stream here; it is closed as soon as this method returns or throws.
   *
   * @param image the image, open for reading
   * @return the result of reading it; must not be null
   * @throws IOException when the reader's own I/O fails (writing a file, say); the repository rethrows it as an
   *     {@link java.io.UncheckedIOException}
   */
  T read(FaqImage image) throws IOException;
}
