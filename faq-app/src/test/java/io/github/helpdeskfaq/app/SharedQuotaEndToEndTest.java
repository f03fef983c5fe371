package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * The program with {@code FAQ_REDIS_URL}, against a simulated Feishu and a real Redis on 127.0.0.1 (the
 * redis-server inside the embedded-redis artifact): each run is a replica that takes its permits from the quota in
 * Redis, a 429 seen by one holds the next, and a Redis that is down fails nothing.
 */
class SharedQuotaEndToEndTest {

  @TempDir
  Path folder;

  private final FeishuSimulator feishu = SimulatedFeishu.start();
  private final int redisPort = freeLoopbackPort();
  private final RedisServer redis = redis(redisPort);

  @AfterEach
  void stop() throws IOException {
    feishu.close();
    if (redis.isActive()) {
      redis.stop();
    }
  }

  private Map<String, String> replica(int redisPort) {
    Map<String, String> env = SimulatedFeishu.environment(feishu);
    env.put("FEISHU_RETRY_MAX_ELAPSED_SECONDS", "1");
    env.put("FAQ_REDIS_URL", "redis://127.0.0.1:" + redisPort);
    env.put("FAQ_QUOTA_PER_SECOND", "20");
    // The first connection of a cold JVM on a busy machine can take longer than the quota's default timeout.
    env.put("FAQ_REDIS_TIMEOUT_SECONDS", "5");
    return env;
  }

  private AppRunner.Result run(Map<String, String> env, String... args) {
    return AppRunner.in(folder).env(env).run(args);
  }

  @Test
  void a_replica_takes_its_permits_from_the_quota_in_redis() throws IOException {
    redis.start();

    AppRunner.Result result = run(replica(redisPort), "get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(quotaKeys()).as("the app's bucket").hasSize(1);
  }

  @Test
  void a_429_seen_by_one_replica_holds_the_next_one_until_the_reset() throws IOException {
    redis.start();
    assertThat(run(replica(redisPort), "get", "throttled").exitCode()).isEqualTo(ExitCode.SERVICE_UNAVAILABLE);
    long requestsBefore = feishu.helpdeskRequests();

    Map<String, String> next = replica(redisPort);
    next.put("FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS", "0");
    AppRunner.Result held = run(next, "get", Demo.SEED_FAQ);

    assertThat(held.exitCode()).as(held.toString()).isEqualTo(ExitCode.SERVICE_UNAVAILABLE);
    assertThat(held.stderr()).contains("no permit from the shared quota");
    assertThat(feishu.helpdeskRequests()).as("held back without a request").isEqualTo(requestsBefore);
    assertThat(quotaKeys()).as("the bucket and the hold").hasSize(2);
  }

  @Test
  void a_redis_that_is_down_fails_no_command() {
    AppRunner.Result result = run(replica(freeLoopbackPort()), "get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isNotEmpty();
  }

  private List<String> quotaKeys() {
    RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return connection.sync().keys("helpdesk-faq:quota:*");
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  private static RedisServer redis(int port) {
    try {
      return RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
          .setting("appendonly no").soutListener(line -> { }).serrListener(line -> { }).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
