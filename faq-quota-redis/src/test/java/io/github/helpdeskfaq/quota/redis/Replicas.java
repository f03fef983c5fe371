package io.github.helpdeskfaq.quota.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The replicas of a test: quotas on one Redis, on one fake clock, closed together. */
final class Replicas implements AutoCloseable {

  static final String APP_ID = "cli_a1b2c3d4e5f6";
  static final String BASE_URL = "https://open.feishu.cn";
  static final int QUOTA = 10;
  static final Duration PERIOD = Duration.ofSeconds(1);

  private final LocalRedis redis;
  private final FakeClock clock;
  private final List<RedisSharedQuota> opened = new ArrayList<>();

  Replicas(LocalRedis redis, FakeClock clock) {
    this.redis = redis;
    this.clock = clock;
  }

  /** A replica of the test's app. */
  RedisSharedQuota replica() {
    return replica(APP_ID);
  }

  /** A replica of the given app, otherwise configured alike. */
  RedisSharedQuota replica(String appId) {
    return replica(builder -> builder.appId(appId));
  }

  /** A replica of the test's app, with some settings changed. */
  RedisSharedQuota replica(UnaryOperator<RedisSharedQuota.Builder> changes) {
    RedisSharedQuota.Builder builder = RedisSharedQuota.builder()
        .redisUri(redis.uri())
        .appId(APP_ID)
        .baseUrl(BASE_URL)
        .rate(QUOTA, PERIOD)
        .timeout(Duration.ofSeconds(5))
        .clock(clock)
        .waiter(clock);
    RedisSharedQuota quota = changes.apply(builder).build();
    opened.add(quota);
    return quota;
  }

  List<RedisSharedQuota> replicas(int count) {
    List<RedisSharedQuota> replicas = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      replicas.add(replica());
    }
    return replicas;
  }

  /** Every replica asks for {@code attempts} permits without waiting, in turn; returns how many were granted. */
  static int grantedInTurn(List<RedisSharedQuota> replicas, int attempts) {
    int granted = 0;
    for (int attempt = 0; attempt < attempts; attempt++) {
      for (RedisSharedQuota replica : replicas) {
        granted += replica.tryAcquire(Duration.ZERO) ? 1 : 0;
      }
    }
    return granted;
  }

  @Override
  public void close() {
    opened.forEach(RedisSharedQuota::close);
  }
}
