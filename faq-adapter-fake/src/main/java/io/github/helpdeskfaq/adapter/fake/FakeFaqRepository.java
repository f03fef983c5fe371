package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqImage;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An in-memory {@link FaqRepository}: thread-safe, no I/O, and honest to the port's contract (it passes
 * {@code FaqRepositoryContract}). Seed it through {@link #builder()} or {@link #put}; make it misbehave with
 * {@link #failNextCalls}, {@link #failCallsFor}, {@link #delayCalls} and {@link #delayCallsFor}; assert on
 * {@link #calls()}.
 *
 * <p>An image's stream refuses reads with an {@link IOException} once the reader has returned, as a network stream
 * would, so that a reader (or decorator) that keeps it for later fails here too.
 *
 * <p>Every call is first checked for null arguments, then recorded, then delayed by any matching latency, then
 * failed by the first matching failure, and only then answered.
 */
public final class FakeFaqRepository implements FaqRepository {

  private final Map<FaqId, Faq> faqs = new ConcurrentHashMap<>();
  private final Map<ImageAddress, StoredImage> images = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper;

  private FakeFaqRepository(Builder builder) {
    this.sleeper = builder.sleeper;
    builder.faqs.values().forEach(this::put);
    images.putAll(builder.images);
  }

  /**
   * Starts an empty fake.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    enter(RecordedCall.findById(id));
    return Optional.ofNullable(faqs.get(id));
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    enter(RecordedCall.readImage(faqId, imageKey));
    StoredImage stored = images.get(new ImageAddress(faqId, imageKey));
    if (stored == null) {
      return Optional.empty();
    }
    try (InputStream stream = new ClosableImageStream(stored.bytes())) {
      FaqImage image = new FaqImage(stored.contentType(), OptionalLong.of(stored.bytes().length), Optional.empty(),
          stream);
      return Optional.of(Objects.requireNonNull(reader.read(image), "the image reader returned null"));
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  /**
   * Adds a FAQ, or replaces the one with the same id.
   *
   * @param faq the FAQ
   */
  public void put(Faq faq) {
    faqs.put(faq.id(), faq);
  }

  /**
   * Adds an image of a FAQ, or replaces it. The bytes are copied.
   *
   * @param faqId the FAQ the image belongs to
   * @param imageKey the image's key
   * @param contentType the media type to report, for example {@code image/png}
   * @param bytes the image
   */
  public void putImage(FaqId faqId, ImageKey imageKey, String contentType, byte[] bytes) {
    images.put(new ImageAddress(faqId, imageKey), new StoredImage(contentType, bytes));
  }

  /**
   * Removes a FAQ and its images.
   *
   * @param faqId the FAQ to remove
   */
  public void remove(FaqId faqId) {
    faqs.remove(faqId);
    images.keySet().removeIf(address -> address.faqId().equals(faqId));
  }

  /**
   * The calls received so far, oldest first, including those that an injected fault failed.
   *
   * @return a snapshot of the calls
   */
  public List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** Forgets the recorded calls. */
  public void clearCalls() {
    calls.clear();
  }

  /**
   * Makes the next {@code count} calls, about any FAQ, fail with a fresh exception from {@code failure}.
   *
   * @param count how many calls fail; at least 1
   * @param failure makes the exception to throw, for example {@code () -> new FaqServiceUnavailableException(...)}
   */
  public void failNextCalls(int count, Supplier<? extends FaqRepositoryException> failure) {
    faults.add(Fault.failure(Optional.empty(), requirePositive(count), Objects.requireNonNull(failure, "failure")));
  }

  /**
   * Makes every call about one FAQ (its detail and its images) fail until {@link #clearFaults()}.
   *
   * @param faqId the FAQ whose calls fail
   * @param failure makes the exception to throw
   */
  public void failCallsFor(FaqId faqId, Supplier<? extends FaqRepositoryException> failure) {
    faults.add(Fault.failure(Optional.of(Objects.requireNonNull(faqId, "faqId")), Fault.unlimited(),
        Objects.requireNonNull(failure, "failure")));
  }

  /**
   * Delays every call by {@code latency} until {@link #clearFaults()}.
   *
   * @param latency how long each call takes; not negative
   */
  public void delayCalls(Duration latency) {
    faults.add(Fault.delay(Optional.empty(), Fault.unlimited(), requireNotNegative(latency)));
  }

  /**
   * Delays every call about one FAQ by {@code latency} until {@link #clearFaults()}.
   *
   * @param faqId the FAQ whose calls are slow
   * @param latency how long each such call takes; not negative
   */
  public void delayCallsFor(FaqId faqId, Duration latency) {
    faults.add(Fault.delay(Optional.of(Objects.requireNonNull(faqId, "faqId")), Fault.unlimited(),
        requireNotNegative(latency)));
  }

  /** Removes every injected failure and delay. */
  public void clearFaults() {
    faults.clear();
  }

  private void enter(RecordedCall call) {
    calls.add(call);
    if (faults.isEmpty()) {
      return; // the common case: no lock taken (CopyOnWriteArrayList.removeIf below locks even when it removes none)
    }
    Duration delay = Duration.ZERO;
    FaqRepositoryException failure = null;
    for (Fault fault : faults) {
      if (fault.isFailure()) {
        if (failure == null && fault.claim(call.faqId())) {
          failure = fault.newFailure();
        }
      } else if (fault.claim(call.faqId())) {
        delay = delay.plus(fault.delay());
      }
    }
    faults.removeIf(Fault::isUsedUp);
    pause(delay);
    if (failure != null) {
      throw failure;
    }
  }

  private void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new FaqServiceUnavailableException("interrupted while waiting out injected latency", null, null, 0,
          interrupted);
    }
  }

  private static int requirePositive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return count;
  }

  private static Duration requireNotNegative(Duration latency) {
    Objects.requireNonNull(latency, "latency must not be null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
    return latency;
  }

  private record ImageAddress(FaqId faqId, ImageKey imageKey) {
    ImageAddress {
      Objects.requireNonNull(faqId, "faqId must not be null");
      Objects.requireNonNull(imageKey, "imageKey must not be null");
    }
  }

  private record StoredImage(String contentType, byte[] bytes) {
    StoredImage {
      Objects.requireNonNull(contentType, "contentType must not be null");
      bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
    }
  }

  /** Seeds a {@link FakeFaqRepository}. */
  public static final class Builder {
    private final Map<FaqId, Faq> faqs = new LinkedHashMap<>();
    private final Map<ImageAddress, StoredImage> images = new LinkedHashMap<>();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;

    private Builder() {}

    /**
     * Adds a FAQ; a later one with the same id replaces an earlier one.
     *
     * @param faq the FAQ
     * @return this builder
     */
    public Builder faq(Faq faq) {
      faqs.put(Objects.requireNonNull(faq, "faq must not be null").id(), faq);
      return this;
    }

    /**
     * Adds FAQs.
     *
     * @param all the FAQs
     * @return this builder
     */
    public Builder faqs(Iterable<Faq> all) {
      all.forEach(this::faq);
      return this;
    }

    /**
     * Adds an image of a FAQ. The bytes are copied.
     *
     * @param faqId the FAQ the image belongs to
     * @param imageKey the image's key
     * @param contentType the media type to report
     * @param bytes the image
     * @return this builder
     */
    public Builder image(FaqId faqId, ImageKey imageKey, String contentType, byte[] bytes) {
      images.put(new ImageAddress(faqId, imageKey), new StoredImage(contentType, bytes));
      return this;
    }

    /** Replaces real sleeping, for the fake's own tests of injected latency. */
    Builder sleeper(Sleeper replacement) {
      this.sleeper = Objects.requireNonNull(replacement, "sleeper");
      return this;
    }

    /**
     * Builds the fake.
     *
     * @return a new fake holding what was added
     */
    public FakeFaqRepository build() {
      return new FakeFaqRepository(this);
    }
  }

  /** For messages and debugging: what the fake holds, not its contents. */
  @Override
  public String toString() {
    return "FakeFaqRepository[" + faqs.size() + " FAQs, " + images.size() + " images, " + faults.size()
        + " faults]";
  }
}
