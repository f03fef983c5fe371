package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqImage;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Streams an image of a FAQ to a file (atomically, see {@link AtomicFile}) or to a stream, in constant memory, with
 * {@link DownloadProgress} on standard error for a person waiting on a large one.
 */
final class ImageDownloader {

  private static final int BUFFER_SIZE = 64 * 1024;

  private final PrintStream err;
  private final boolean interactive;

  ImageDownloader(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  /**
   * Saves an image to the file that {@code target} chooses, given the default file name ({@code <key>.<ext>}, the
   * extension from the content type).
   *
   * @return the file written, or empty when there is no such image
   */
  Optional<Path> toFile(FaqRepository faqs, FaqId faqId, ImageKey key, Function<String, Path> target) {
    return faqs.readImage(faqId, key, image -> {
      Path file = target.apply(ImageFiles.fileNameFor(key, image.contentType()));
      AtomicFile.write(file, out -> copy(image, key, out));
      return file;
    });
  }

  /**
   * Writes an image to a stream (standard output for {@code --output -}); the stream is flushed, not closed.
   *
   * @return the number of bytes written, or empty when there is no such image
   */
  Optional<Long> toStream(FaqRepository faqs, FaqId faqId, ImageKey key, OutputStream out) {
    return faqs.readImage(faqId, key, image -> {
      long written = copy(image, key, out);
      out.flush();
      return written;
    });
  }

  private long copy(FaqImage image, ImageKey key, OutputStream out) throws IOException {
    DownloadProgress progress = new DownloadProgress(err, key.value(), image.contentLength(), interactive);
    InputStream in = progress.track(image.stream());
    byte[] buffer = new byte[BUFFER_SIZE];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        total += n;
      }
    } finally {
      progress.finish();
    }
    return total;
  }
}
