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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Streams an image of a FAQ to a file (atomically, see {@link AtomicFile}) or to a stream, in constant memory, with
 * {@link DownloadProgress} on standard error for a person waiting on a large one.
 */
final class ImageDownloader {

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final LongConsumer IGNORED = bytes -> {};

  /**
   * An image saved to a file.
   *
   * @param file the file written
   * @param size its size in bytes
   * @param sha256 the SHA-256 of its bytes, in lower-case hexadecimal
   */
  record SavedImage(Path file, long size, String sha256) {}

  private final PrintStream err;
  private final boolean interactive;

  ImageDownloader(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  /** A downloader that shows no progress of its own, for a caller that shows its own. */
  static ImageDownloader withoutProgress() {
    return new ImageDownloader(new PrintStream(OutputStream.nullOutputStream()), false);
  }

  /**
   * Saves an image to the file that {@code target} chooses, given the default file name ({@code <key>.<ext>}, the
   * extension from the content type).
   *
   * @return the file written, or empty when there is no such image
   */
  Optional<Path> toFile(FaqRepository faqs, FaqId faqId, ImageKey key, Function<String, Path> target) {
    return save(faqs, faqId, key, target, IGNORED).map(SavedImage::file);
  }

  /**
   * Saves an image as {@link #toFile} does, and tells its size and SHA-256.
   *
   * @param received told the number of bytes of each chunk as it arrives (from the reading thread)
   * @return the file written, or empty when there is no such image
   */
  Optional<SavedImage> save(FaqRepository faqs, FaqId faqId, ImageKey key, Function<String, Path> target,
      LongConsumer received) {
    return faqs.readImage(faqId, key, image -> {
      Path file = target.apply(ImageFiles.fileNameFor(key, image.contentType()));
      MessageDigest sha256 = Sha256.newDigest();
      long[] size = new long[1];
      AtomicFile.write(file, out -> size[0] = copy(image, key, new DigestOutputStream(out, sha256), received));
      return new SavedImage(file, size[0], Sha256.hex(sha256));
    });
  }

  /**
   * Writes an image to a stream (standard output for {@code --output -}); the stream is flushed, not closed.
   *
   * @return the number of bytes written, or empty when there is no such image
   */
  Optional<Long> toStream(FaqRepository faqs, FaqId faqId, ImageKey key, OutputStream out) {
    return faqs.readImage(faqId, key, image -> {
      long written = copy(image, key, out, IGNORED);
      out.flush();
      return written;
    });
  }

  private long copy(FaqImage image, ImageKey key, OutputStream out, LongConsumer received) throws IOException {
    DownloadProgress progress = new DownloadProgress(err, key.value(), image.contentLength(), interactive);
    InputStream in = progress.track(image.stream());
    byte[] buffer = new byte[BUFFER_SIZE];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        total += n;
        received.accept(n);
      }
    } finally {
      progress.finish();
    }
    return total;
  }
}
