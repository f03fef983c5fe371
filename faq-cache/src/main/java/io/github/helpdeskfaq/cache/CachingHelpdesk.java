package io.github.helpdeskfaq.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Helpdesk} that keeps the FAQs another one finds by id for a while: a FAQ for the time to live, a "not
 * found" for its own shorter time, up to a maximum number of FAQs. Everything else passes straight through.
 *
 * <pre>{@code
 * Helpdesk helpdesk = CachingHelpdesk.builder(feishu)
 *     .maximumSize(5_000)
 *     .timeToLive(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>Concurrent lookups of one id that is not cached make one call to the helpdesk underneath; the others wait
 *       for its answer (or its failure).</li>
 *   <li>A failure is never kept: the lookups waiting on the failed call see it, the next lookup calls again.</li>
 *   <li>Images, listings, searches and categories pass straight through, every time: images are streamed, never
 *       held, and a listing is paged lazily.</li>
 *   <li>An entry lives for its time from the moment it was answered; reading it does not lengthen its life.</li>
 *   <li>Writes made elsewhere are not seen until an entry expires; writes made through {@link #writingThrough}
 *       are seen at once.</li>
 * </ul>
 * Thread-safe. {@link #statistics()} tells how the cache is doing.
 */
public final class CachingHelpdesk extends ForwardingHelpdesk {

  private final AsyncCache<FaqId, Optional<Faq>> cache;

  private CachingHelpdesk(Builder builder) {
    super(builder.delegate);
    this.cache = Caffeine.newBuilder()
        .maximumSize(builder.maximumSize)
        .expireAfter(new LookupExpiry(builder.timeToLive, builder.notFoundTimeToLive()))
        .ticker(builder.ticker)
        .recordStats()
        .buildAsync();
  }

  /**
   * Starts a builder for a cache in front of {@code delegate}.
   *
   * @param delegate the helpdesk whose answers are cached
   * @return a new builder, with the defaults its setters name
   */
  public static Builder builder(Helpdesk delegate) {
    return new Builder(Objects.requireNonNull(delegate, "delegate must not be null"));
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    CompletableFuture<Optional<Faq>> ours = new CompletableFuture<>();
    CompletableFuture<Optional<Faq>> answer = cache.get(id, (key, executor) -> ours);
    if (answer == ours) {
      load(id, ours);
    }
    return await(answer);
  }

  /**
   * Forgets what is cached about one FAQ: the next lookup calls the helpdesk underneath.
   *
   * @param id the FAQ to forget
   */
  public void invalidate(FaqId id) {
    cache.synchronous().invalidate(Objects.requireNonNull(id, "id must not be null"));
  }

  /**
   * This cache with writes: reads go through the cache, writes to {@code writer} (the writer of the helpdesk
   * underneath), and each write forgets what it makes stale when it returns or fails: the FAQ written, or every FAQ
   * when a category is changed or deleted. A lookup that ends after a write has returned never answers with what
   * the FAQ was before it.
   *
   * <pre>{@code
   * WritableHelpdesk helpdesk = CachingHelpdesk.builder(feishu).build().writingThrough(feishu);
   * }</pre>
   *
   * @param writer where the writes go
   * @return a writable helpdesk over this cache
   */
  public WritableHelpdesk writingThrough(KnowledgeBaseWriter writer) {
    return new WriteThroughHelpdesk(this, Objects.requireNonNull(writer, "writer must not be null"));
  }

  /** Forgets everything cached. */
  public void invalidateAll() {
    cache.synchronous().invalidateAll();
  }

  /**
   * What the cache has done since it was built. Pending evictions are carried out first, so that the counts are
   * up to date.
   *
   * @return a snapshot of the counts
   */
  public CacheStatistics statistics() {
    cache.synchronous().cleanUp();
    CacheStats stats = cache.synchronous().stats();
    return new CacheStatistics(stats.hitCount(), stats.missCount(), stats.loadSuccessCount(),
        stats.loadFailureCount(), stats.evictionCount());
  }

  /**
   * How many entries the cache holds now, roughly: FAQs and "not found" answers.
   *
   * @return the number of entries
   */
  public long estimatedSize() {
    return cache.synchronous().estimatedSize();
  }

  /** The calling thread makes the call underneath, outside any lock the cache holds; waiters share its outcome. */
  private void load(FaqId id, CompletableFuture<Optional<Faq>> ours) {
    try {
      ours.complete(Objects.requireNonNull(delegate().findById(id), "the helpdesk underneath returned null"));
    } catch (RuntimeException | Error failure) {
      ours.completeExceptionally(new LoadFailure(failure));
    }
  }

  private static Optional<Faq> await(CompletableFuture<Optional<Faq>> answer) {
    try {
      return answer.join();
    } catch (LoadFailure failed) {
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failed.getCause();
    }
  }

  /**
   * Carries the failure of a load to the lookups waiting on it. A {@link CancellationException} because Caffeine
   * logs every other failure of an asynchronous load as a warning, and a failure underneath is the caller's to
   * handle and to log; Caffeine still counts it as a failed load and drops the entry.
   */
  private static final class LoadFailure extends CancellationException {
    private static final long serialVersionUID = 1L;

    LoadFailure(Throwable failure) {
      super("the helpdesk underneath failed");
      initCause(failure);
    }
  }

  /** For messages and debugging: the settings and counts, never contents. */
  @Override
  public String toString() {
    return "CachingHelpdesk[" + estimatedSize() + " entries, " + statistics() + "]";
  }

  /**
   * Configures a {@link CachingHelpdesk}. Every setting has a default; each setter checks its value, and
   * {@link #build()} checks them together. Not thread-safe.
   */
  public static final class Builder {

    /** The most FAQs (and "not found" answers) the cache holds unless {@link #maximumSize} says. */
    public static final long DEFAULT_MAXIMUM_SIZE = 10_000;

    private static final Duration DEFAULT_NOT_FOUND_TIME_TO_LIVE = Duration.ofSeconds(30);

    private final Helpdesk delegate;
    private long maximumSize = DEFAULT_MAXIMUM_SIZE;
    private Duration timeToLive = Duration.ofMinutes(5);
    /** Null: the default, {@link #DEFAULT_NOT_FOUND_TIME_TO_LIVE} or the time to live if that is shorter. */
    private Duration notFoundTimeToLive;
    private Ticker ticker = Ticker.systemTicker();

    private Builder(Helpdesk delegate) {
      this.delegate = delegate;
    }

    /**
     * How many FAQs (and "not found" answers) the cache holds at most; past that, the least useful go first.
     * Default {@value #DEFAULT_MAXIMUM_SIZE}.
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public Builder maximumSize(long size) {
      if (size < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1, was " + size);
      }
      this.maximumSize = size;
      return this;
    }

    /**
     * How long a FAQ found stays cached, from the moment it was answered. Default 5 minutes.
     *
     * @param time positive
     * @return this builder
     * @throws IllegalArgumentException if {@code time} is zero or negative
     */
    public Builder timeToLive(Duration time) {
      Objects.requireNonNull(time, "timeToLive must not be null");
      if (time.isZero() || time.isNegative()) {
        throw new IllegalArgumentException("timeToLive must be positive, was " + time);
      }
      this.timeToLive = time;
      return this;
    }

    /**
     * How long a "not found" stays cached, from the moment it was answered. Default 30 seconds, or
     * {@link #timeToLive} if that is shorter; zero keeps none (concurrent lookups of the missing id still share one
     * call).
     *
     * @param time zero or positive, not longer than {@link #timeToLive}
     * @return this builder
     * @throws IllegalArgumentException if {@code time} is negative
     */
    public Builder notFoundTimeToLive(Duration time) {
      Objects.requireNonNull(time, "notFoundTimeToLive must not be null");
      if (time.isNegative()) {
        throw new IllegalArgumentException("notFoundTimeToLive must not be negative, was " + time);
      }
      this.notFoundTimeToLive = time;
      return this;
    }

    /** Replaces the system's nanosecond clock, for tests of expiry. */
    Builder ticker(Ticker replacement) {
      this.ticker = Objects.requireNonNull(replacement, "ticker must not be null");
      return this;
    }

    /**
     * Builds the cache.
     *
     * @return a new, empty cache in front of the delegate
     * @throws IllegalStateException if {@link #notFoundTimeToLive} is longer than {@link #timeToLive}
     */
    public CachingHelpdesk build() {
      if (notFoundTimeToLive != null && notFoundTimeToLive.compareTo(timeToLive) > 0) {
        throw new IllegalStateException("notFoundTimeToLive (" + notFoundTimeToLive
            + ") must not be longer than timeToLive (" + timeToLive + ")");
      }
      return new CachingHelpdesk(this);
    }

    private Duration notFoundTimeToLive() {
      if (notFoundTimeToLive != null) {
        return notFoundTimeToLive;
      }
      return DEFAULT_NOT_FOUND_TIME_TO_LIVE.compareTo(timeToLive) < 0 ? DEFAULT_NOT_FOUND_TIME_TO_LIVE : timeToLive;
    }
  }
}
