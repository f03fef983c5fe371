package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The files of one FAQ, as a mirror writes them for each of its FAQs: its Markdown page ({@link #writePage}), and
 * its images streamed to files beside it ({@link #saveImage}) in constant memory. For a program that exports FAQs one
 * at a time, and for the mirror itself. Every file appears complete under its name or not at all: it is written to a
 * hidden temporary file beside it ({@code .<name>.<random hex>.part}) that is renamed over it once complete.
 */
public final class FaqFiles {

  private static final int BUFFER_SIZE = 64 * 1024;

  /**
   * Told how the download of an image goes, for a display of its progress: {@link #started}, then
   * {@link #received} for each chunk of bytes, then {@link #ended}, however it ends. Called from the thread that
   * reads the image. Every method does nothing by default.
   */
  public interface DownloadListener {

    /** The listener that does nothing. */
    DownloadListener NONE = new DownloadListener() {};

    /**
     * The image begins to arrive.
     *
     * @param key the image's key
     * @param length its length in bytes, when the helpdesk told it
     */
    default void started(ImageKey key, OptionalLong length) {}

    /**
     * Bytes of the image arrived and were written.
     *
     * @param bytes how many
     */
    default void received(long bytes) {}

    /** The image ended: complete, or broken off. */
    default void ended() {}
  }

  /**
   * An image saved to a file.
   *
   * @param file the file written
   * @param size its size in bytes
   * @param sha256 the SHA-256 of its bytes, as {@link Sha256} writes it
   */
  record SavedImage(Path file, long size, String sha256) {}

  private FaqFiles() {}

  /**
   * Where a FAQ's page goes in a folder: {@code <faq-id>.md}.
   *
   * @param folder the folder
   * @param id the FAQ
   * @return the page's path
   */
  public static Path page(Path folder, FaqId id) {
    return folder.resolve(MirrorLayout.pageName(id));
  }

  /**
   * Writes a FAQ's page, the Markdown that a mirror writes for it: the question as a heading, then the answer from
   * its rich text, each image shown from the file named in {@code imageFiles} or, when it has none, noted as not
   * found.
   *
   * @param page the file to write, usually {@link #page}
   * @param faq the FAQ
   * @param imageFiles the file name, relative to the page, of each image saved
   * @throws MirrorFolderException if the page exists and is read-only, or is a folder
   * @throws MirrorFileException if writing the page fails
   */
  public static void writePage(Path page, Faq faq, Map<ImageKey, String> imageFiles) {
    AtomicFile.write(page, new MarkdownExporter().render(faq, imageFiles).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Saves an image of a FAQ to the file that {@code target} chooses, given the image's own file name
   * ({@code <image-key>.<ext>}, see {@link ImageFiles}), for example {@code folder::resolve}.
   *
   * @param faqs where the image is
   * @param faqId its FAQ
   * @param key its key
   * @param target the file to write, from the image's own file name
   * @param listener told how the download goes
   * @return the file written, or empty when there is no such image
   * @throws MirrorFolderException if the file exists and is read-only, or is a folder
   * @throws MirrorFileException if writing the file fails
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the helpdesk fails, the transfer too
   */
  public static Optional<Path> saveImage(FaqRepository faqs, FaqId faqId, ImageKey key,
      Function<String, Path> target, DownloadListener listener) {
    return save(faqs, faqId, key, target, listener).map(SavedImage::file);
  }

  /**
   * Writes an image of a FAQ to a stream, which is flushed, not closed.
   *
   * @param faqs where the image is
   * @param faqId its FAQ
   * @param key its key
   * @param out where to write it
   * @param listener told how the download goes
   * @return the number of bytes written, or empty when there is no such image
   * @throws java.io.UncheckedIOException if writing to the stream fails
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the helpdesk fails, the transfer too
   */
  public static Optional<Long> copyImage(FaqRepository faqs, FaqId faqId, ImageKey key, OutputStream out,
      DownloadListener listener) {
    return faqs.readImage(faqId, key, image -> {
      long written = copy(image, key, out, listener);
      out.flush();
      return written;
    });
  }

  /**
   * Checks, before anything is downloaded, that a file may be written: a file is replaced unless it is read-only (this
   * process may not write it, or its owner may not: what stops root), a folder never is.
   *
   * @param file the file to write
   * @throws MirrorFolderException if the file is read-only or a folder
   */
  public static void requireReplaceable(Path file) {
    AtomicFile.requireReplaceable(file);
  }

  /** Saves an image as {@link #saveImage} does, and tells its size and SHA-256. */
  static Optional<SavedImage> save(FaqRepository faqs, FaqId faqId, ImageKey key, Function<String, Path> target,
      DownloadListener listener) {
    return faqs.readImage(faqId, key, image -> {
      Path file = target.apply(ImageFiles.fileNameFor(key, image.contentType()));
      MessageDigest sha256 = Sha256.newDigest();
      long[] size = new long[1];
      AtomicFile.write(file, out -> size[0] = copy(image, key, new DigestOutputStream(out, sha256), listener));
      return new SavedImage(file, size[0], Sha256.hex(sha256));
    });
  }

  private static long copy(FaqImage image, ImageKey key, OutputStream out, DownloadListener listener)
      throws IOException {
    listener.started(key, image.contentLength());
    InputStream in = image.stream();
    byte[] buffer = new byte[BUFFER_SIZE];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        total += n;
        listener.received(n);
      }
    } finally {
      listener.ended();
    }
    return total;
  }
}
