package io.github.helpdeskfaq.bench.modules;

import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaUnavailableException;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of a quota Q three replicas actually use: three {@link RedisSharedQuota} instances on one redis-server (on
 * the loopback, started here), each with more work than Q/3 (several threads that take permits, waiting up to a
 * period for each, as fast as they are granted). On the wall clock, so a benchmark, never a test.
 *
 * <p>The bucket holds Q and gets Q more at the end of each period, counted from its creation (the first permit). The
 * first periods are left out (the bucket starts full); the permits granted in the next N whole periods, from the
 * middle of one period to the middle of another, are compared with Q × N: 100 % means that no permit the quota
 * allowed went unused.
 */
final class SharedQuotaUse {

  static final int REPLICAS = 3;
  private static final double SKIPPED_PERIODS = 2.5;

  /**
   * What one run measured.
   *
   * @param quota Q, permits per period
   * @param period the period
   * @param periods N, the periods counted
   * @param threadsPerReplica how many callers each replica has
   * @param perReplica the permits each replica was granted in the N periods
   * @param refused permits not granted within the wait, over the whole run
   * @param unavailable calls that failed because Redis did not answer in time, over the whole run
   */
  record Result(long quota, Duration period, int periods, int threadsPerReplica, long[] perReplica, long refused,
      long unavailable) {

    long granted() {
      long sum = 0;
      for (long replica : perReplica) {
        sum += replica;
      }
      return sum;
    }

    /** The share of Q × N granted. */
    double used() {
      return granted() / (double) (quota * periods);
    }
  }

  private SharedQuotaUse() {}

  /**
   * Runs three replicas for N periods (plus the skipped start and a period of margin) and counts their permits.
   *
   * @param quota Q
   * @param period the period
   * @param periods N
   * @param threadsPerReplica callers per replica
   * @return the counts
   */
  static Result measure(long quota, Duration period, int periods, int threadsPerReplica) throws InterruptedException {
    try (EmbeddedRedis redis = EmbeddedRedis.start()) {
      List<RedisSharedQuota> replicas = new ArrayList<>();
      for (int r = 0; r < REPLICAS; r++) {
        replicas.add(RedisSharedQuota.builder().redisUri(redis.uri()).appId(Seed.APP_ID)
            .baseUrl("http://127.0.0.1:9").rate(quota, period).timeout(Duration.ofSeconds(1)).build());
      }
      // Each replica's first permit opens its connection; the very first creates the bucket, after connecting, so
      // (on a loopback) within a few round trips before that call returns.
      replicas.get(0).tryAcquire(Duration.ZERO);
      long created = System.currentTimeMillis();
      replicas.get(1).tryAcquire(Duration.ZERO);
      replicas.get(2).tryAcquire(Duration.ZERO);
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong refused = new AtomicLong();
      AtomicLong unavailable = new AtomicLong();
      List<Caller> callers = new ArrayList<>();
      for (int r = 0; r < REPLICAS; r++) {
        for (int t = 0; t < threadsPerReplica; t++) {
          callers.add(new Caller(r, replicas.get(r), period, running, refused, unavailable));
        }
      }
      callers.forEach(caller -> caller.thread.start());
      long end = created + Math.round(period.toMillis() * (SKIPPED_PERIODS + periods + 0.5));
      Thread.sleep(Math.max(0, end - System.currentTimeMillis()));
      running.set(false);
      for (Caller caller : callers) {
        caller.thread.join();
      }
      replicas.forEach(RedisSharedQuota::close);
      return count(quota, period, periods, threadsPerReplica, callers, created, refused.get(), unavailable.get());
    }
  }

  /**
   * Counts each replica's permits in the window of N whole periods that starts {@link #SKIPPED_PERIODS} after the
   * bucket was created: half a period away from any refill, at either end.
   */
  private static Result count(long quota, Duration period, int periods, int threadsPerReplica, List<Caller> callers,
      long created, long refused, long unavailable) {
    long from = created + Math.round(period.toMillis() * SKIPPED_PERIODS);
    long to = from + period.toMillis() * periods;
    long[] perReplica = new long[REPLICAS];
    for (Caller caller : callers) {
      for (long at : caller.grants) {
        if (at >= from && at < to) {
          perReplica[caller.replica]++;
        }
      }
    }
    return new Result(quota, period, periods, threadsPerReplica, perReplica, refused, unavailable);
  }

  /** One caller thread of a replica: takes permits while the run lasts, noting when each was granted. */
  private static final class Caller {
    final int replica;
    final List<Long> grants = new ArrayList<>();
    final Thread thread;

    Caller(int replica, RedisSharedQuota quota, Duration maxWait, AtomicBoolean running, AtomicLong refused,
        AtomicLong unavailable) {
      this.replica = replica;
      this.thread = new Thread(() -> {
        while (running.get()) {
          try {
            if (quota.tryAcquire(maxWait)) {
              grants.add(System.currentTimeMillis()); // the quota's own clock: the system's UTC clock
            } else {
              refused.incrementAndGet();
            }
          } catch (SharedQuotaUnavailableException slow) {
            unavailable.incrementAndGet();
          }
        }
      }, "replica-" + replica);
    }
  }
}
