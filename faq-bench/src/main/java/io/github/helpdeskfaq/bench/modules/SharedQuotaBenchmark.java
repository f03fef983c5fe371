package io.github.helpdeskfaq.bench.modules;

import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one permit of faq-quota-redis costs a caller: {@link RedisSharedQuota#tryAcquire} without waiting, against a
 * redis-server on the loopback (started by the benchmark, in a process of its own), with a rate so high that every
 * permit is granted. Each permit reads the hold and takes a token from the bucket: Redis round trips, which is what
 * is measured. Throughput (per second, for all threads); the tear-down fails the run if a permit was refused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SharedQuotaBenchmark {

  private EmbeddedRedis redis;
  private RedisSharedQuota quota;
  private final AtomicLong refused = new AtomicLong();

  /** Starts Redis and builds the quota; the first permit opens the connection. */
  @Setup
  public void setUp() {
    redis = EmbeddedRedis.start();
    quota = RedisSharedQuota.builder()
        .redisUri(redis.uri())
        .appId(Seed.APP_ID)
        .baseUrl("http://127.0.0.1:9")
        .rate(1_000_000_000L, Duration.ofSeconds(1))
        .timeout(Duration.ofSeconds(5))
        .build();
    if (!quota.tryAcquire(Duration.ZERO)) {
      throw new IllegalStateException("the first permit was refused");
    }
  }

  /** One permit. */
  @Benchmark
  public boolean permit() {
    boolean granted = quota.tryAcquire(Duration.ZERO);
    if (!granted) {
      refused.incrementAndGet();
    }
    return granted;
  }

  /** Stops Redis; fails the run if any permit was refused. */
  @TearDown
  public void tearDown() {
    quota.close();
    redis.close();
    if (refused.get() > 0) {
      throw new IllegalStateException(refused.get() + " permits refused: the benchmark measured refusals");
    }
  }
}
