package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Told how a {@link Mirror#sync()} goes, for a display of its progress. {@link #received} is called from the threads
 * that download images; every other method from the thread that runs the sync, in this order:
 * {@link #manifestUnreadable} at most once, {@link #listed} as the listing arrives, {@link #planned} once, then
 * {@link #imageDone} and {@link #faqDone} as the work is done, with {@link #heartbeat()} while the sync waits for
 * images. Every method does nothing by default; one that throws ends the sync.
 */
public interface MirrorListener {

  /** The listener that does nothing. */
  MirrorListener NONE = new MirrorListener() {};

  /**
   * The mirror's manifest cannot be read: it is set aside, and the mirror checked against the files on disk instead
   * (no complete image is downloaded again).
   *
   * @param manifest the manifest's file
   * @param reason what is wrong with it, in words
   */
  default void manifestUnreadable(Path manifest, String reason) {}

  /**
   * So many FAQs have been listed so far.
   *
   * @param faqs how many
   */
  default void listed(int faqs) {}

  /**
   * The listing is read and the work planned.
   *
   * @param faqs every FAQ the mirror will hold
   * @param unchanged how many of them are done already
   * @param images how many images are to be downloaded
   */
  default void planned(int faqs, int unchanged, int images) {}

  /**
   * Bytes of an image arrived. Called from the downloading threads, at once.
   *
   * @param bytes how many
   */
  default void received(long bytes) {}

  /**
   * The helpdesk does not have an image that a FAQ's answer shows: its page notes it instead of showing it, and it is
   * not asked for again until the FAQ changes. {@link #imageDone} follows.
   *
   * @param faqId the FAQ
   * @param key the image
   */
  default void imageMissing(FaqId faqId, ImageKey key) {}

  /**
   * An image was saved, found missing, or failed (the failures are in the {@link Mirror.Report}).
   *
   * @param faqId the FAQ
   * @param key the image
   */
  default void imageDone(FaqId faqId, ImageKey key) {}

  /**
   * A FAQ's page was written.
   *
   * @param faqId the FAQ
   */
  default void faqDone(FaqId faqId) {}

  /**
   * How long the sync may wait for images without calling {@link #heartbeat()}.
   *
   * @return one second by default
   */
  default Duration heartbeatInterval() {
    return Duration.ofSeconds(1);
  }

  /** The sync is waiting for images: a display may redraw its progress. */
  default void heartbeat() {}
}
