package io.github.helpdeskfaq.quota.redis;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedQuota;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Feishu adapters ("replicas") of one app against one simulated Feishu that allows {@link #QUOTA} helpdesk requests
 * per {@link #PERIOD}; each replica with or without its own {@link RedisSharedQuota} on the test's Redis, all on
 * one fake clock: the simulator's windows, the shared bucket, its waits and its holds. A run calls the replicas in
 * turn from one thread, so that every request arrives at the instant its permit was granted and the counts are
 * exact.
 *
 * <p>Two settings keep the adapters' own real-time machinery out of the way: Resilience4j's local limiter runs on
 * the system clock, so it grants {@link #LOCAL_PERMITS} per hour (never the limit here, and its permits are
 * counted exactly); and a 429 is not retried, since the retry would wait the reset on the system clock too.
 */
final class FeishuReplicas implements AutoCloseable {

  /** What Feishu allows per period, and what the shared quota is set to. */
  static final int QUOTA = 6;
  static final Duration PERIOD = Duration.ofSeconds(1);
  static final int LOCAL_PERMITS = 1000;
  static final FaqId FAQ = FaqId.of("6936004780707807231");

  private static final Credentials APP = Credentials.DEFAULT;
  private static final String FAQ_ANSWER = "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{\"faq_id\":\""
      + FAQ.value() + "\",\"question\":\"How many replicas share the quota?\",\"answer\":\"All of them.\"}}}";

  private final LocalRedis redis;
  private final FakeClock clock;
  private final FeishuSimulator feishu = FeishuSimulator.start().faq(FAQ.value(), FAQ_ANSWER);
  private final SimulatedQuota helpdesk;
  private final String token = feishu.grantToken();
  private final List<RedisSharedQuota> quotas = new ArrayList<>();

  FeishuReplicas(LocalRedis redis, FakeClock clock) {
    this.redis = redis;
    this.clock = clock;
    this.helpdesk = feishu.enforceQuota(QUOTA, PERIOD, clock);
  }

  /** The simulated Feishu's rate limit, with its counts. */
  SimulatedQuota helpdesk() {
    return helpdesk;
  }

  /** A replica without a shared quota: its local limit alone. */
  FeishuHelpdesk unshared() {
    return adapter().build();
  }

  /** A replica that takes a shared permit for every request, waiting for one up to {@code maxWait}. */
  FeishuHelpdesk shared(Duration maxWait) {
    RedisSharedQuota quota = RedisSharedQuota.builder()
        .redisUri(redis.uri())
        .appId(APP.appId())
        .baseUrl(feishu.baseUrl())
        .rate(QUOTA, PERIOD)
        .timeout(Duration.ofSeconds(5))
        .clock(clock)
        .waiter(clock)
        .build();
    quotas.add(quota);
    return adapter().sharedQuota(quota).maxWaitForPermit(maxWait).build();
  }

  List<FeishuHelpdesk> unshared(int count) {
    return replicas(count, ignored -> unshared());
  }

  /** Replicas that wait for a shared permit up to five periods. */
  List<FeishuHelpdesk> shared(int count) {
    return replicas(count, ignored -> shared(PERIOD.multipliedBy(5)));
  }

  /**
   * Calls each replica in turn, {@code callsPerPeriod} times per period each, until {@code periods} have passed on
   * the clock: the clock moves a step after each round, and further while a replica waits for a shared permit.
   *
   * @return the calls that succeeded and those that failed (as unavailable: 429s, refusals)
   */
  Tally run(List<FeishuHelpdesk> replicas, int periods, int callsPerPeriod) {
    Instant end = clock.instant().plus(PERIOD.multipliedBy(periods));
    Duration step = PERIOD.dividedBy(callsPerPeriod);
    int succeeded = 0;
    int failed = 0;
    while (clock.instant().isBefore(end)) {
      for (FeishuHelpdesk replica : replicas) {
        try {
          replica.findById(FAQ).orElseThrow();
          succeeded++;
        } catch (FaqServiceUnavailableException unavailable) {
          failed++;
        }
      }
      clock.advance(step);
    }
    return new Tally(succeeded, failed);
  }

  /** Moves the clock to the start of the next period, so that a run starts with a window of the simulator. */
  Instant alignToPeriod() {
    long periodMillis = PERIOD.toMillis();
    long into = Math.floorMod(clock.instant().toEpochMilli(), periodMillis);
    if (into != 0) {
      clock.advance(Duration.ofMillis(periodMillis - into));
    }
    return clock.instant();
  }

  /** What the simulated Feishu admitted in the {@code periods} windows from {@code start}. */
  int admittedBetween(Instant start, int periods) {
    return helpdesk.admittedPerWindow().subMap(start, start.plus(PERIOD.multipliedBy(periods))).values().stream()
        .mapToInt(Integer::intValue).sum();
  }

  private FeishuHelpdesk.Builder adapter() {
    return FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .tenantAccessTokenSource(() -> token)
        .helpdeskCredentials(APP.helpdeskId(), APP.helpdeskToken())
        .clock(clock)
        .rateLimit(LOCAL_PERMITS, Duration.ofHours(1))
        .retryMaxAttempts(1);
  }

  private static List<FeishuHelpdesk> replicas(int count, IntFunction<FeishuHelpdesk> replica) {
    return IntStream.range(0, count).mapToObj(replica).toList();
  }

  @Override
  public void close() {
    quotas.forEach(RedisSharedQuota::close);
    feishu.close();
  }

  /** Calls that succeeded and calls that failed. */
  record Tally(int succeeded, int failed) {}
}
