package io.github.helpdeskfaq.quota.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The quota's connection to Redis: opened on first use rather than at build time (so that a replica starts while
 * Redis is down), reopened by Lettuce after a drop, every command bounded by the timeout and refused at once while
 * disconnected. One thread at a time opens it while the others wait, each for the timeout at most; after a failed
 * attempt, calls are refused at once until {@link #REOPEN_GAP} has passed.
 */
final class RedisLink implements AutoCloseable {

  /** Raises the hold to ARGV[1] (epoch milliseconds), expiring at ARGV[2] milliseconds; never lowers it. */
  private static final String RAISE_HOLD = """
      local current = redis.call('GET', KEYS[1])
      if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
      redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
      return 1
      """;
  /** How long after a failed attempt to open the connection the next one is made. */
  static final Duration REOPEN_GAP = Duration.ofSeconds(1);
  /** Idle buckets leave Redis this long after they would be full again. */
  private static final Duration KEEP_IDLE_BUCKET = Duration.ofSeconds(10);

  private final ClientResources resources;
  private final RedisClient client;
  private final Duration timeout;
  private final TimeMeter clock;
  private final QuotaKeys keys;
  private final BucketConfiguration configuration;
  private final ReentrantLock opening = new ReentrantLock();
  private volatile Open open;
  private volatile long nextAttemptNanos = System.nanoTime();

  /** A connection and the bucket over it. */
  private record Open(StatefulRedisConnection<byte[], byte[]> connection, BucketProxy bucket) {}

  RedisLink(RedisURI uri, Duration timeout, TimeMeter clock, QuotaKeys keys, BucketConfiguration configuration) {
    this.timeout = timeout;
    this.clock = clock;
    this.keys = keys;
    this.configuration = configuration;
    this.resources = DefaultClientResources.builder()
        .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
        .build();
    RedisURI bounded = RedisURI.builder(uri).withTimeout(timeout).build();
    this.client = RedisClient.create(resources, bounded);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
        .build());
  }

  /** The shared bucket, over a connection opened if need be. */
  BucketProxy bucket() {
    return open().bucket();
  }

  /** The hold stored, if any (it may be past). */
  Optional<Instant> hold() {
    byte[] stored = open().connection().sync().get(keys.hold());
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(new String(stored, StandardCharsets.US_ASCII))));
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
  }

  /** Raises the stored hold to {@code until} (never lowers it); the key expires after {@code keep}. */
  void raiseHold(Instant until, Duration keep) {
    byte[][] values = {ascii(Long.toString(until.toEpochMilli())), ascii(Long.toString(keep.toMillis()))};
    open().connection().sync().eval(RAISE_HOLD, ScriptOutputType.INTEGER, new byte[][] {keys.hold()}, values);
  }

  private Open open() {
    Open current = open;
    if (current != null) {
      return current;
    }
    if (System.nanoTime() - nextAttemptNanos < 0) {
      throw new RedisConnectionException("not connected; the last attempt failed less than " + REOPEN_GAP + " ago");
    }
    try {
      if (!opening.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new RedisConnectionException("another thread is still connecting");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new RedisCommandInterruptedException(interrupted);
    }
    try {
      if (open == null) {
        open = connect();
      }
      return open;
    } finally {
      opening.unlock();
    }
  }

  private Open connect() {
    try {
      StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
      BucketProxy bucket = Bucket4jLettuce.casBasedBuilder(connection)
          .clientClock(clock)
          .requestTimeout(timeout)
          .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_IDLE_BUCKET))
          .build()
          .builder()
          .build(keys.bucket(), () -> configuration);
      return new Open(connection, bucket);
    } catch (RuntimeException failed) {
      nextAttemptNanos = System.nanoTime() + REOPEN_GAP.toNanos();
      throw failed;
    }
  }

  private static byte[] ascii(String value) {
    return value.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
