package io.github.helpdeskfaq.quota.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaUnavailableException;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SharedQuota} in Redis: every replica built with the same app id and base URL takes its permits from one
 * token bucket there, so that together they stay within the rate given to {@link Builder#rate}.
 *
 * <pre>{@code
 * try (RedisSharedQuota quota = RedisSharedQuota.builder()
 *     .redisUri("redis://redis.internal:6379")
 *     .appId("cli_a1b2c3")
 *     .baseUrl("https://open.feishu.cn")
 *     .rate(50, Duration.ofSeconds(1))
 *     .build()) {
 *   if (quota.tryAcquire(Duration.ofMillis(500))) {
 *     // call the service
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The bucket holds {@code permits} and is refilled with {@code permits} at the end of each {@code period}:
 *       at most {@code permits} are granted in each period, across all replicas.</li>
 *   <li>{@link #holdUntil} stores the instant in Redis too; every replica reads it before it takes a permit.</li>
 *   <li>The keys are derived from a digest of the app id and the base URL: no value appears in Redis.</li>
 *   <li>Every Redis command is bounded by {@link Builder#timeout}. While Redis is unreachable, slower than that, or
 *       failing, each call throws a {@link SharedQuotaUnavailableException} (at once while disconnected); the outage
 *       is logged once when it begins and once when it ends. The connection is opened on first use and reopened
 *       by itself when Redis is back.</li>
 *   <li>Replicas' clocks are assumed to agree (NTP): the bucket and the hold are computed from each replica's
 *       clock.</li>
 * </ul>
 * Thread-safe. {@link #close()} releases the connection and its threads.
 */
public final class RedisSharedQuota implements SharedQuota, AutoCloseable {

  /** How long a stored hold outlives its instant, for replicas whose clocks run a little behind. */
  private static final Duration HOLD_GRACE = Duration.ofSeconds(1);

  private final Clock clock;
  private final Waiter waiter;
  private final String description;
  private final OutageLog outages;
  private final RedisLink link;

  private RedisSharedQuota(Builder builder) {
    this.clock = builder.clock;
    this.waiter = builder.waiter;
    String store = "redis at " + builder.redisUri.getHost() + ":" + builder.redisUri.getPort();
    this.description = store + ", app " + builder.appId + ", base URL " + builder.baseUrl + ", " + builder.permits
        + " per " + builder.period;
    this.outages = new OutageLog(store);
    BucketConfiguration configuration = BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(builder.permits).refillIntervally(builder.permits, builder.period))
        .build();
    this.link = new RedisLink(builder.redisUri, builder.timeout, meter(builder.clock),
        QuotaKeys.of(builder.appId, builder.baseUrl), configuration);
  }

  /**
   * Starts a builder. {@link Builder#redisUri}, {@link Builder#appId}, {@link Builder#baseUrl} and
   * {@link Builder#rate} must be set; the timeout has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean tryAcquire(Duration maxWait) {
    Objects.requireNonNull(maxWait, "maxWait must not be null");
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
    }
    try {
      boolean granted = acquire(deadline(maxWait));
      outages.answered();
      return granted;
    } catch (InterruptedException | RedisCommandInterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    } catch (RedisException | BucketExecutionException failure) {
      throw unavailable(failure);
    }
  }

  @Override
  public void holdUntil(Instant until) {
    Objects.requireNonNull(until, "until must not be null");
    Instant now = clock.instant();
    if (!until.isAfter(now)) {
      return;
    }
    try {
      link.raiseHold(until, Duration.between(now, until).plus(HOLD_GRACE));
      outages.answered();
    } catch (RedisCommandInterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SharedQuotaUnavailableException("interrupted while storing the hold: " + description, interrupted);
    } catch (RedisException failure) {
      throw unavailable(failure);
    }
  }

  /** Waits out any hold in force, then takes a permit from the bucket, all before {@code deadline}. */
  private boolean acquire(Instant deadline) throws InterruptedException {
    for (Optional<Instant> hold = link.hold(); hold.isPresent() && hold.get().isAfter(clock.instant());
        hold = link.hold()) {
      if (hold.get().isAfter(deadline)) {
        return false;
      }
      waiter.await(Duration.between(clock.instant(), hold.get()));
    }
    BucketProxy bucket = link.bucket();
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return bucket.tryConsume(1);
    }
    return bucket.asBlocking().tryConsume(1, left, waiter.asBlockingStrategy());
  }

  private Instant deadline(Duration maxWait) {
    try {
      return clock.instant().plus(maxWait);
    } catch (DateTimeException | ArithmeticException beyondTime) {
      return Instant.MAX;
    }
  }

  private SharedQuotaUnavailableException unavailable(RuntimeException failure) {
    outages.failed(failure);
    return new SharedQuotaUnavailableException("shared quota store cannot answer: " + description + " ("
        + failure.getClass().getSimpleName() + ")", failure);
  }

  private static TimeMeter meter(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /** Closes the connection to Redis and stops its threads; the quota is not usable afterwards. */
  @Override
  public void close() {
    link.close();
  }

  /** Where the quota lives and what it allows; never the Redis URI's password. */
  @Override
  public String toString() {
    return "RedisSharedQuota[" + description + "]";
  }

  /**
   * Configures a {@link RedisSharedQuota}. Each setter checks its value; {@link #build()} fails with an
   * {@link IllegalStateException} naming a required setting that is missing. Not thread-safe.
   */
  public static final class Builder {

    /** How long a Redis command may take unless {@link #timeout} says. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 250;

    private RedisURI redisUri;
    private String appId;
    private String baseUrl;
    private long permits;
    private Duration period;
    private Duration timeout = Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);
    private Clock clock = Clock.systemUTC();
    private Waiter waiter = Waiter.SLEEP;

    private Builder() {}

    /**
     * Where Redis is, as Lettuce reads it: {@code redis://[:password@]host[:port][/database]}, {@code rediss://}
     * for TLS. Required. The password is never logged nor shown.
     *
     * @param uri the Redis URI
     * @return this builder
     * @throws IllegalArgumentException if it is not a Redis URI (the message does not repeat it)
     */
    public Builder redisUri(String uri) {
      this.redisUri = RedisSettings.redisUri(uri);
      return this;
    }

    /**
     * The app whose quota this is (Feishu's app id, for example {@code cli_a1b2c3}). Required; replicas of one app
     * share a quota, different apps do not.
     *
     * @param id the app id, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder appId(String id) {
      this.appId = RedisSettings.appId(id);
      return this;
    }

    /**
     * The service the quota is for (the adapter's base URL). Required; trailing slashes do not count.
     *
     * @param url an absolute http or https URL, without user info, query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "baseUrl must not be null");
      URI parsed;
      try {
        parsed = new URI(url.strip());
      } catch (URISyntaxException notAUrl) {
        throw new IllegalArgumentException("baseUrl: not an absolute http or https URL");
      }
      boolean web = "http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme());
      if (!web || parsed.getHost() == null || parsed.getUserInfo() != null || parsed.getQuery() != null
          || parsed.getFragment() != null) {
        throw new IllegalArgumentException("baseUrl: not an absolute http or https URL without user info, query "
            + "or fragment");
      }
      this.baseUrl = parsed.toString().replaceAll("/+$", "");
      return this;
    }

    /**
     * The quota: at most {@code permits} in each {@code period}, across all replicas. Required.
     *
     * @param permits at least 1
     * @param period positive
     * @return this builder
     * @throws IllegalArgumentException if either is out of range
     */
    public Builder rate(long permits, Duration period) {
      Objects.requireNonNull(period, "period must not be null");
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1, was " + permits);
      }
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("period must be positive, was " + period);
      }
      this.permits = permits;
      this.period = period;
      return this;
    }

    /**
     * How long a Redis command (or opening the connection) may take before the call fails with a
     * {@link SharedQuotaUnavailableException}. Default {@value #DEFAULT_TIMEOUT_MILLIS} milliseconds.
     *
     * @param time positive
     * @return this builder
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder timeout(Duration time) {
      this.timeout = RedisSettings.positive(time, "timeout");
      return this;
    }

    /** Replaces the system clock, for tests. */
    Builder clock(Clock replacement) {
      this.clock = Objects.requireNonNull(replacement, "clock must not be null");
      return this;
    }

    /** Replaces sleeping, for tests (a fake clock moves instead). */
    Builder waiter(Waiter replacement) {
      this.waiter = Objects.requireNonNull(replacement, "waiter must not be null");
      return this;
    }

    /**
     * Builds the quota. No connection is opened yet: the first call opens it, so that a replica starts while Redis
     * is down.
     *
     * @return a new quota
     * @throws IllegalStateException if a required setting is missing
     */
    public RedisSharedQuota build() {
      requireSet(redisUri, "redisUri");
      requireSet(appId, "appId");
      requireSet(baseUrl, "baseUrl");
      requireSet(period, "rate");
      return new RedisSharedQuota(this);
    }

    private static void requireSet(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " must be set");
      }
    }
  }
}
