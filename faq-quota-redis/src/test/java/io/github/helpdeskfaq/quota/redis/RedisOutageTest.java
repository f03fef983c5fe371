package io.github.helpdeskfaq.quota.redis;

import static io.github.helpdeskfaq.quota.redis.Replicas.PERIOD;
import static io.github.helpdeskfaq.quota.redis.Replicas.QUOTA;
import static io.github.helpdeskfaq.quota.redis.Replicas.grantedInTurn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaUnavailableException;
import io.lettuce.core.RedisCommandTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redis stopped, started again, slow, or not there yet: the quota fails fast, says so once, and comes back. */
class RedisOutageTest {

  private final FakeClock clock = new FakeClock();
  private final LocalRedis redis = new LocalRedis();
  private final Replicas replicas = new Replicas(redis, clock);
  private final OutageLogRecorder log = new OutageLogRecorder();

  @AfterEach
  void stop() {
    log.close();
    replicas.close();
    redis.close();
  }

  @Test
  void redis_stopped_fails_every_call_and_redis_started_again_shares_the_quota_again() {
    redis.start();
    List<RedisSharedQuota> three = replicas.replicas(3);
    assertThat(grantedInTurn(three, 1)).isEqualTo(3);

    redis.stop();
    for (int call = 0; call < 5; call++) {
      for (RedisSharedQuota replica : three) {
        assertThatThrownBy(() -> replica.tryAcquire(Duration.ZERO))
            .isInstanceOf(SharedQuotaUnavailableException.class);
        assertThatThrownBy(() -> replica.holdUntil(clock.instant().plusSeconds(1)))
            .isInstanceOf(SharedQuotaUnavailableException.class);
      }
    }
    assertThat(log.at(Level.WARN)).as("one warning per replica for the whole outage").hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("127.0.0.1:" + redis.port()).contains("local limits"));

    redis.start();
    three.forEach(RedisOutageTest::untilAnswering);

    assertThat(grantedInTurn(three, 2 * QUOTA)).as("the restarted Redis's bucket, less one permit per replica")
        .isEqualTo(QUOTA - 3);
    clock.advance(PERIOD);
    assertThat(grantedInTurn(three, 2 * QUOTA)).isEqualTo(QUOTA);
    assertThat(log.at(Level.INFO)).as("one note per replica when it is over").hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("answers again"));
  }

  @Test
  void a_second_outage_is_logged_again() {
    redis.start();
    RedisSharedQuota quota = replicas.replica();
    quota.tryAcquire(Duration.ZERO);

    for (int outage = 0; outage < 2; outage++) {
      redis.stop();
      assertThatThrownBy(() -> quota.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class);
      assertThatThrownBy(() -> quota.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class);
      redis.start();
      untilAnswering(quota);
    }

    assertThat(log.at(Level.WARN)).hasSize(2);
    assertThat(log.at(Level.INFO)).hasSize(2);
  }

  @Test
  void a_hold_stored_after_an_outage_ends_it_in_the_log() {
    redis.start();
    RedisSharedQuota quota = replicas.replica();
    quota.tryAcquire(Duration.ZERO);
    redis.stop();
    assertThatThrownBy(() -> quota.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class);

    redis.start();
    untilHolding(quota, clock.instant().plusSeconds(1));

    assertThat(log.at(Level.INFO)).hasSize(1).allSatisfy(line -> assertThat(line).contains("answers again"));
  }

  @Test
  void redis_slower_than_the_timeout_fails_the_call_with_a_timeout_and_does_not_hang() {
    redis.start();
    RedisSharedQuota quota = replicas.replica(builder -> builder.timeout(Duration.ofMillis(100)));
    assertThat(quota.tryAcquire(Duration.ZERO)).isTrue();

    redis.inspect(connection -> connection.sync().clientPause(TimeUnit.SECONDS.toMillis(30)));

    assertThatThrownBy(() -> quota.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class)
        .hasRootCauseInstanceOf(RedisCommandTimeoutException.class);
  }

  @Test
  void a_replica_built_while_redis_is_down_starts_sharing_once_redis_is_up() {
    RedisSharedQuota early = replicas.replica();
    assertThatThrownBy(() -> early.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class);

    redis.start();
    untilAnswering(early);
    RedisSharedQuota late = replicas.replica();

    assertThat(grantedInTurn(List.of(early, late), QUOTA)).isEqualTo(QUOTA - 1);
  }

  @Test
  void messages_and_logs_never_show_the_redis_password() {
    RedisSharedQuota quota = replicas.replica(builder -> builder.redisUri("redis://:s3cr3t-pass@127.0.0.1:" + redis.port()));

    assertThatThrownBy(() -> quota.tryAcquire(Duration.ZERO)).isInstanceOf(SharedQuotaUnavailableException.class)
        .satisfies(thrown -> assertThat(thrown.getMessage()).doesNotContain("s3cr3t"));
    assertThat(quota.toString()).doesNotContain("s3cr3t").contains("127.0.0.1:" + redis.port());
    assertThat(log.at(Level.WARN)).hasSize(1).allSatisfy(line -> assertThat(line).doesNotContain("s3cr3t"));
  }

  /** As {@link #untilAnswering}, for a hold: waits until the replica stores it. */
  private static void untilHolding(RedisSharedQuota replica, Instant until) {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (true) {
      try {
        replica.holdUntil(until);
        return;
      } catch (SharedQuotaUnavailableException stillDown) {
        if (Instant.now().isAfter(giveUp)) {
          fail("the replica did not come back within 30 s", stillDown);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  /**
   * Waits until the replica takes a permit again: Lettuce reconnects in the background (or the quota reopens its
   * connection). A bound against hanging, not a timing assertion.
   */
  private static void untilAnswering(RedisSharedQuota replica) {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (true) {
      try {
        assertThat(replica.tryAcquire(Duration.ZERO)).isTrue();
        return;
      } catch (SharedQuotaUnavailableException stillDown) {
        if (Instant.now().isAfter(giveUp)) {
          fail("the replica did not come back within 30 s", stillDown);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }
}
