package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mirror of a helpdesk's knowledge base in a folder, brought up to date by {@link #sync()}:
 * <pre>
 * DIR/index.md                          the category tree, linking every FAQ
 * DIR/faqs.jsonl                        one FAQ per line ({@link FaqJson})
 * DIR/faqs/&lt;faq-id&gt;/&lt;faq-id&gt;.md         a FAQ's page ({@link FaqFiles#writePage})
 * DIR/faqs/&lt;faq-id&gt;/&lt;image-key&gt;.&lt;ext&gt;   its images, beside it ({@link ImageFiles})
 * DIR/.faq-mirror.json                  the manifest, written last
 * DIR/.faq-mirror.lock                  held while a sync runs
 * </pre>
 * A sync asks the helpdesk only for what changed since the last one, and a sync killed at any moment leaves what the
 * next one finishes. Other files in {@code DIR} are left alone; a folder that is not a mirror yet must not hold
 * {@code index.md}, {@code faqs.jsonl} or {@code faqs}.
 *
 * <pre>{@code
 * Mirror.Report report = Mirror.builder(helpdesk, Path.of("mirror")).concurrency(4).build().sync();
 * }</pre>
 *
 * <p>Thread-safe; one sync at a time per folder, across processes too.
 */
public final class Mirror {

  /** The most images a sync downloads at once. */
  public static final int MAX_CONCURRENCY = 32;
  /** The images a sync downloads at once unless told otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /**
   * What a sync did.
   *
   * @param faqs the FAQs in the mirror now
   * @param added FAQs written that were not in the mirror
   * @param updated FAQs written again because they changed on the helpdesk
   * @param repaired FAQs written again, unchanged on the helpdesk, because an image failed last time or a file of
   *     theirs went missing
   * @param removed FAQs removed, no longer listed
   * @param unchanged FAQs left as they were
   * @param failedFaqs FAQs that lack an image whose download failed
   * @param failedImages the images whose download failed, which the next sync asks for again
   * @param imagesDownloaded images downloaded
   * @param bytesDownloaded their size in total
   */
  public record Report(int faqs, int added, int updated, int repaired, int removed, int unchanged, int failedFaqs,
      List<FailedImage> failedImages, int imagesDownloaded, long bytesDownloaded) {

    /** Copies the list. */
    public Report {
      failedImages = List.copyOf(failedImages);
    }
  }

  /**
   * An image whose download failed: the helpdesk was unavailable, refused it, or the transfer broke off.
   *
   * @param faqId its FAQ
   * @param key its key
   * @param error why, as the helpdesk reported it
   */
  public record FailedImage(FaqId faqId, ImageKey key, RuntimeException error) {}

  private final Helpdesk helpdesk;
  private final MirrorLayout layout;
  private final Optional<CategoryId> category;
  private final int concurrency;
  private final MirrorListener listener;

  private Mirror(Builder builder) {
    this.helpdesk = builder.helpdesk;
    this.layout = new MirrorLayout(builder.folder);
    this.category = builder.category;
    this.concurrency = builder.concurrency;
    this.listener = builder.listener;
  }

  /**
   * Starts a builder for a mirror.
   *
   * @param helpdesk the helpdesk to mirror; every request of a sync goes through it, and so through its rate limit
   * @param folder the mirror's folder, created when missing
   * @return a new builder, with the defaults its setters name
   */
  public static Builder builder(Helpdesk helpdesk, Path folder) {
    return new Builder(Objects.requireNonNull(helpdesk, "helpdesk must not be null"),
        Objects.requireNonNull(folder, "folder must not be null"));
  }

  /**
   * Brings the mirror up to date: takes the folder's lock, reads the listing (the category tree and the online
   * FAQs), downloads the images it lacks, writes what changed, removes the FAQs no longer listed, and writes the
   * manifest last. An image that fails does not stop it: the report names it, and the next sync asks for it again.
   *
   * @return what it did
   * @throws MirrorFolderException if the folder may not be used: another sync is writing into it, it holds what a
   *     sync writes but no mirror, its manifest is of a newer format, or a file to replace is read-only or a folder
   * @throws MirrorFileException if a file cannot be written, read or removed; the manifest is then not written
   * @throws CategoryNotFoundException if the category to mirror is not in the helpdesk's tree
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the listing fails; nothing is changed
   */
  public Report sync() {
    MirrorFiles.createFolder(layout.root());
    try (MirrorLock lock = MirrorLock.acquire(layout.lock(), layout.root())) {
      Optional<MirrorManifest> recorded = claim();
      boolean complete = recorded.isPresent() && lock.previousSyncFinished();
      removeTemporaryFiles(layout, !complete);
      SyncListing listing = SyncListing.read(helpdesk, helpdesk, category, listener::listed);
      Report report = new MirrorUpdate(helpdesk, layout, concurrency, listener)
          .update(listing, recorded.orElseGet(MirrorManifest::empty), complete);
      lock.finished();
      return report;
    }
  }

  /**
   * The manifest of the mirror in the folder, or empty when it cannot be read (the mirror is then checked against the
   * files on disk); for a folder that is not a mirror yet, which must hold nothing a sync writes, an empty manifest
   * written at once, so that a run killed before its end leaves a folder the next one recognises.
   */
  private Optional<MirrorManifest> claim() {
    Optional<MirrorManifest> manifest;
    try {
      manifest = MirrorManifest.read(layout.manifest());
    } catch (MirrorManifest.UnreadableException unreadable) {
      listener.manifestUnreadable(layout.manifest(), unreadable.getMessage());
      return Optional.empty();
    }
    if (manifest.isPresent()) {
      return manifest;
    }
    List<String> inTheWay = MirrorLayout.OWN.stream().filter(name -> Files.exists(layout.root().resolve(name),
        LinkOption.NOFOLLOW_LINKS)).toList();
    if (!inTheWay.isEmpty()) {
      throw MirrorFolderException.notAMirror(layout.manifest(), inTheWay);
    }
    MirrorFiles.writeIfChanged(layout.manifest(), MirrorManifest.empty().toJson());
    return Optional.of(MirrorManifest.empty());
  }

  /**
   * Removes the temporary files that a killed sync or publish leaves: in the mirror's folder always, in {@code faqs}
   * and every FAQ's folder only when the run before did not finish (the only way such files get there) or its
   * manifest cannot be read.
   */
  static void removeTemporaryFiles(MirrorLayout layout, boolean inEveryFolder) {
    MirrorFiles.removeTemporaryFiles(layout.root());
    if (!inEveryFolder) {
      return;
    }
    MirrorFiles.removeTemporaryFiles(layout.faqsFolder());
    for (String folder : MirrorFiles.folderNames(layout.faqsFolder())) {
      MirrorFiles.removeTemporaryFiles(layout.faqsFolder().resolve(folder));
    }
  }

  /**
   * Configures a {@link Mirror}. Every setting has a default; each setter checks its value. Not thread-safe.
   */
  public static final class Builder {

    private final Helpdesk helpdesk;
    private final Path folder;
    private Optional<CategoryId> category = Optional.empty();
    private int concurrency = DEFAULT_CONCURRENCY;
    private MirrorListener listener = MirrorListener.NONE;

    private Builder(Helpdesk helpdesk, Path folder) {
      this.helpdesk = helpdesk;
      this.folder = folder;
    }

    /**
     * Mirrors only the FAQs filed under this category or its subcategories; by default, every online FAQ. FAQs of an
     * earlier sync into the folder that this one does not list are removed.
     *
     * @param category the category's id, as the helpdesk's category tree shows it
     * @return this builder
     */
    public Builder category(CategoryId category) {
      this.category = Optional.of(Objects.requireNonNull(category, "category must not be null"));
      return this;
    }

    /**
     * How many images to download at once; default {@value Mirror#DEFAULT_CONCURRENCY}. All go through the helpdesk,
     * so its rate limit paces them together: concurrency hides each request's latency, it does not raise the rate.
     *
     * @param images from 1 to {@value Mirror#MAX_CONCURRENCY}
     * @return this builder
     * @throws IllegalArgumentException if {@code images} is out of that range
     */
    public Builder concurrency(int images) {
      if (images < 1 || images > MAX_CONCURRENCY) {
        throw new IllegalArgumentException("concurrency must be from 1 to " + MAX_CONCURRENCY + ", was " + images);
      }
      this.concurrency = images;
      return this;
    }

    /**
     * Who is told how a sync goes; by default, no one.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(MirrorListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener must not be null");
      return this;
    }

    /**
     * Builds the mirror; nothing is read or written until {@link Mirror#sync()}.
     *
     * @return the mirror
     */
    public Mirror build() {
      return new Mirror(this);
    }
  }
}
