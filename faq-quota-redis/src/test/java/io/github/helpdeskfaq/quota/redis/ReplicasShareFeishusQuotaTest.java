package io.github.helpdeskfaq.quota.redis;

import static io.github.helpdeskfaq.quota.redis.FeishuReplicas.FAQ;
import static io.github.helpdeskfaq.quota.redis.FeishuReplicas.PERIOD;
import static io.github.helpdeskfaq.quota.redis.FeishuReplicas.QUOTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.SimulatedQuota;
import io.github.helpdeskfaq.quota.redis.FeishuReplicas.Tally;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three Feishu adapters ("replicas") of one app, each asking for more than a third of Feishu's quota, against a
 * simulated Feishu that enforces it, with and without one shared quota in a real Redis. Requests are counted per
 * window of the simulator, on a fake clock; nothing here measures time.
 */
class ReplicasShareFeishusQuotaTest {

  private static final int PERIODS = 5;
  /** Each replica asks four times per period: together twice Feishu's quota. */
  private static final int CALLS_PER_PERIOD = 4;

  /**
   * One Redis for the class: starting one is the slow part, and tests cannot meet in it, since each has its own
   * simulated Feishu on its own port, and the quota's keys are per base URL.
   */
  private static LocalRedis redis;

  private final FakeClock clock = new FakeClock();
  private final FeishuReplicas replicas = new FeishuReplicas(redis, clock);
  private final SimulatedQuota feishu = replicas.helpdesk();

  @BeforeAll
  static void startRedis() {
    redis = new LocalRedis().start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void stop() {
    replicas.close();
  }

  @Test
  void three_replicas_without_a_shared_quota_send_more_than_feishus_quota_and_get_429s() {
    Instant start = replicas.alignToPeriod();

    Tally tally = replicas.run(replicas.unshared(3), PERIODS, CALLS_PER_PERIOD);

    assertThat(feishu.requests()).as("requests").isGreaterThan(Math.round(1.1 * QUOTA * PERIODS));
    assertThat(feishu.rateLimited()).as("429s").isPositive().isEqualTo(tally.failed());
    assertThat(replicas.admittedBetween(start, PERIODS)).isEqualTo(QUOTA * PERIODS);
  }

  @Test
  void three_replicas_sharing_one_quota_stay_within_feishus_quota_without_a_429() {
    Instant start = replicas.alignToPeriod();

    Tally tally = replicas.run(replicas.shared(3), PERIODS, CALLS_PER_PERIOD);

    assertThat(feishu.rateLimited()).as("429s").isZero();
    assertThat(tally.failed()).isZero();
    assertThat(feishu.admittedPerWindow().values()).as("requests per window").allSatisfy(
        inWindow -> assertThat(inWindow).isLessThanOrEqualTo(QUOTA));
    assertThat(replicas.admittedBetween(start, PERIODS)).as("the quota used over the run")
        .isBetween((int) Math.ceil(0.9 * QUOTA * PERIODS), QUOTA * PERIODS);
  }

  @Test
  void a_429_with_a_reset_answered_to_one_replica_holds_the_others_until_the_reset() {
    Instant start = replicas.alignToPeriod();
    FeishuHelpdesk intruder = replicas.unshared();
    FeishuHelpdesk throttled = replicas.shared(PERIOD.multipliedBy(5));
    FeishuHelpdesk impatient = replicas.shared(PERIOD.dividedBy(2));
    FeishuHelpdesk patient = replicas.shared(PERIOD.multipliedBy(5));
    for (int call = 0; call < QUOTA; call++) {
      assertThat(intruder.findById(FAQ)).as("a replica deployed without the shared quota").isPresent();
    }

    assertThat(catchThrowable(() -> throttled.findById(FAQ))).isInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("99991400");
    Instant reset = start.plus(PERIOD);

    assertThat(catchThrowable(() -> impatient.findById(FAQ))).as("the hold outlasts its wait")
        .isInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("no permit from the shared quota");
    assertThat(patient.findById(FAQ)).as("waited out the hold").isPresent();

    assertThat(feishu.rateLimited()).as("the one 429").isEqualTo(1);
    assertThat(feishu.arrivals()).hasSize(QUOTA + 2).endsWith(start, reset)
        .filteredOn(arrival -> arrival.isAfter(start)).containsExactly(reset);
  }

  @Test
  void redis_stopped_mid_run_calls_go_on_under_the_local_limits_and_redis_back_the_shared_limit_holds_again() {
    List<FeishuHelpdesk> three = replicas.shared(3);
    try (OutageLogRecorder log = new OutageLogRecorder("io.github.helpdeskfaq.adapter.feishu")) {
      replicas.alignToPeriod();
      assertThat(replicas.run(three, PERIODS, CALLS_PER_PERIOD).failed()).isZero();

      redis.stop();
      replicas.alignToPeriod();
      int[] permitsBefore = three.stream().mapToInt(replica -> replica.health().availablePermits()).toArray();
      Tally down = replicas.run(three, PERIODS, QUOTA / 3);
      assertThat(down.failed()).as("no call fails because Redis is down").isZero();
      assertThat(three).allSatisfy(replica -> assertThat(replica.health().sharedQuota())
          .isEqualTo(SharedQuotaState.LOCAL_FALLBACK));
      for (int i = 0; i < three.size(); i++) {
        assertThat(three.get(i).health().availablePermits()).as("local permits taken by replica %d", i)
            .isEqualTo(permitsBefore[i] - PERIODS * QUOTA / 3);
      }

      redis.start();
      replicas.alignToPeriod();
      untilSharedAgain(three);
      Instant start = replicas.alignToPeriod();
      feishu.resetCounts();
      Tally back = replicas.run(three, PERIODS, CALLS_PER_PERIOD);

      assertThat(back.failed()).isZero();
      assertThat(feishu.rateLimited()).as("429s").isZero();
      assertThat(feishu.admittedPerWindow().values()).allSatisfy(inWindow -> assertThat(inWindow)
          .isLessThanOrEqualTo(QUOTA));
      assertThat(replicas.admittedBetween(start, PERIODS)).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * QUOTA
          * PERIODS));
      assertThat(log.at(Level.WARN)).as("one warning per replica for the whole outage").hasSize(3)
          .allSatisfy(line -> assertThat(line).startsWith("The shared quota cannot answer"));
      assertThat(log.at(Level.INFO)).as("one note per replica when it is over").hasSize(3)
          .allSatisfy(line -> assertThat(line).startsWith("The shared quota answers again"));
    }
  }

  /**
   * Calls each replica, one period apart, until every one takes shared permits again: Lettuce reconnects in the
   * background. One call per replica per period keeps Feishu's quota. A bound against hanging, not a timing
   * assertion.
   */
  private void untilSharedAgain(List<FeishuHelpdesk> three) {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (!three.stream().allMatch(replica -> replica.health().sharedQuota() == SharedQuotaState.SHARED)) {
      if (Instant.now().isAfter(giveUp)) {
        fail("the replicas did not take shared permits again within 30 s");
      }
      three.forEach(replica -> assertThat(replica.findById(FAQ)).isPresent());
      clock.advance(PERIOD);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
