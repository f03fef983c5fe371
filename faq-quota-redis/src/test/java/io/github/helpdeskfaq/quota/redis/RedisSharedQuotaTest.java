package io.github.helpdeskfaq.quota.redis;

import static io.github.helpdeskfaq.quota.redis.Replicas.APP_ID;
import static io.github.helpdeskfaq.quota.redis.Replicas.PERIOD;
import static io.github.helpdeskfaq.quota.redis.Replicas.QUOTA;
import static io.github.helpdeskfaq.quota.redis.Replicas.grantedInTurn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replicas on one real Redis: what they are granted together, by count, on a fake clock. */
class RedisSharedQuotaTest {

  private final FakeClock clock = new FakeClock();
  private final LocalRedis redis = new LocalRedis().start();
  private final Replicas replicas = new Replicas(redis, clock);

  @AfterEach
  void stop() {
    replicas.close();
    redis.close();
  }

  @Test
  void three_replicas_of_one_app_grant_the_quota_once_per_period_where_three_apps_get_it_three_times() {
    List<RedisSharedQuota> oneApp = replicas.replicas(3);
    List<RedisSharedQuota> threeApps = List.of(replicas.replica("cli_one"), replicas.replica("cli_two"),
        replicas.replica("cli_three"));

    for (int period = 0; period < 3; period++) {
      assertThat(grantedInTurn(oneApp, 2 * QUOTA)).as("period %d, one app", period).isEqualTo(QUOTA);
      assertThat(grantedInTurn(threeApps, 2 * QUOTA)).as("period %d, three apps", period).isEqualTo(3 * QUOTA);
      clock.advance(PERIOD);
    }
  }

  @Test
  void concurrent_callers_on_three_replicas_are_granted_exactly_the_quota() throws Exception {
    List<RedisSharedQuota> three = replicas.replicas(3);
    int threadsPerReplica = 4;
    ExecutorService pool = Executors.newFixedThreadPool(3 * threadsPerReplica);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> granted = new ArrayList<>();
      for (RedisSharedQuota replica : three) {
        for (int t = 0; t < threadsPerReplica; t++) {
          granted.add(pool.submit(() -> {
            start.await();
            return grantedInTurn(List.of(replica), QUOTA);
          }));
        }
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> each : granted) {
        total += each.get(30, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(QUOTA);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("worker threads end").isTrue();
    }
  }

  @Test
  void a_replica_prepared_to_wait_is_granted_the_next_permit_when_the_period_ends() {
    RedisSharedQuota first = replicas.replica();
    RedisSharedQuota second = replicas.replica();
    assertThat(grantedInTurn(List.of(first), QUOTA)).isEqualTo(QUOTA);
    Instant drained = clock.instant();

    assertThat(second.tryAcquire(PERIOD.minusMillis(1))).isFalse();
    assertThat(clock.instant()).as("no wait when no permit can come in time").isEqualTo(drained);

    assertThat(second.tryAcquire(PERIOD)).isTrue();
    assertThat(clock.instant()).isEqualTo(drained.plus(PERIOD));
  }

  @Test
  void a_hold_set_by_one_replica_holds_every_replica_back_until_its_instant() {
    List<RedisSharedQuota> three = replicas.replicas(3);
    Instant until = clock.instant().plusSeconds(5);

    three.get(0).holdUntil(until);

    assertThat(grantedInTurn(three, 1)).isZero();
    assertThat(three.get(1).tryAcquire(Duration.ofSeconds(4))).as("the hold outlasts the wait").isFalse();
    clock.advance(Duration.ofSeconds(5).minusMillis(1));
    assertThat(grantedInTurn(three, 1)).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(grantedInTurn(three, 1)).isEqualTo(3);
  }

  @Test
  void a_replica_prepared_to_wait_waits_out_the_hold_then_takes_a_permit() {
    RedisSharedQuota holder = replicas.replica();
    RedisSharedQuota waiter = replicas.replica();
    Instant until = clock.instant().plusSeconds(5);
    holder.holdUntil(until);

    assertThat(waiter.tryAcquire(Duration.ofSeconds(5))).isTrue();
    assertThat(clock.instant()).isEqualTo(until);
  }

  @Test
  void a_hold_only_ever_lengthens() {
    RedisSharedQuota one = replicas.replica();
    RedisSharedQuota other = replicas.replica();
    Instant start = clock.instant();

    one.holdUntil(start.plusSeconds(5));
    other.holdUntil(start.plusSeconds(2));
    other.holdUntil(start.minusSeconds(1));

    clock.advance(Duration.ofSeconds(3));
    assertThat(other.tryAcquire(Duration.ZERO)).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(other.tryAcquire(Duration.ZERO)).isTrue();
  }

  @Test
  void a_hold_for_one_app_leaves_other_apps_alone() {
    replicas.replica().holdUntil(clock.instant().plusSeconds(5));

    assertThat(replicas.replica("cli_other").tryAcquire(Duration.ZERO)).isTrue();
    assertThat(replicas.replica(builder -> builder.baseUrl("https://open.larksuite.com")).tryAcquire(Duration.ZERO))
        .isTrue();
  }

  @Test
  void keeps_no_app_id_or_url_in_redis_and_lets_its_keys_expire() {
    RedisSharedQuota quota = replicas.replica();
    quota.tryAcquire(Duration.ZERO);
    quota.holdUntil(clock.instant().plusSeconds(5));

    Map<String, Long> ttls = redis.inspect(connection -> connection.sync().keys("*").stream()
        .collect(Collectors.toMap(key -> key, key -> connection.sync().pttl(key))));

    assertThat(ttls).hasSize(2);
    assertThat(ttls.keySet()).allSatisfy(key -> assertThat(key).startsWith("helpdesk-faq:quota:")
        .doesNotContain(APP_ID).doesNotContain("feishu"));
    assertThat(ttls.values()).allSatisfy(ttl -> assertThat(ttl).isPositive());
  }

  @Test
  void an_interrupted_wait_grants_nothing_and_keeps_the_interrupt() {
    RedisSharedQuota holder = replicas.replica();
    RedisSharedQuota interrupted = replicas.replica(builder -> builder.waiter(time -> {
      throw new InterruptedException();
    }));
    holder.holdUntil(clock.instant().plusSeconds(5));

    try {
      assertThat(interrupted.tryAcquire(Duration.ofSeconds(10))).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
