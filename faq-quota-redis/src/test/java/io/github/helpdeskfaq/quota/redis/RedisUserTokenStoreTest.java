package io.github.helpdeskfaq.quota.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisUserTokenStoreTest {

  private static final UserTokens FIRST = new UserTokens("u-first", Instant.parse("2026-12-07T12:00:00Z"),
      Optional.of("ur-first"), Optional.of(Instant.parse("2027-01-06T10:00:00Z")));
  private static final UserTokens SECOND = new UserTokens("u-second", Instant.parse("2026-12-07T14:00:00Z"),
      Optional.of("ur-second"), Optional.empty());
  private static LocalRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = new LocalRedis().start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  private RedisUserTokenStore store(String name) {
    return RedisUserTokenStore.builder().redisUri(redis.uri()).appId("cli_tokens").name(name).build();
  }

  @Test
  void replicas_share_the_last_pair_saved_whole_and_the_key_shows_no_value() {
    redis.inspect(connection -> connection.sync().flushall());
    try (RedisUserTokenStore one = store("shared"); RedisUserTokenStore other = store("shared")) {
      assertThat(one.load()).isEmpty();
      one.save(FIRST);
      other.save(SECOND);

      assertThat(one.load()).as("the pair is replaced whole: no refresh expiry is left from the first")
          .contains(SECOND);
      List<String> keys = redis.inspect(connection -> connection.sync().keys("*"));
      assertThat(keys).hasSize(1).allSatisfy(key -> assertThat(key).startsWith("helpdesk-faq:user-tokens:{")
          .doesNotContain("cli_tokens").doesNotContain("shared"));
      one.clear();
      assertThat(other.load()).isEmpty();
    }
  }

  @Test
  void stores_of_other_names_do_not_meet() {
    try (RedisUserTokenStore bot = store("bot"); RedisUserTokenStore person = store("person")) {
      bot.save(FIRST);

      assertThat(person.load()).isEmpty();
      bot.clear();
    }
  }

  @Test
  void one_replica_at_a_time_holds_the_lock_and_the_others_wait_for_it() throws Exception {
    try (RedisUserTokenStore one = store("locking"); RedisUserTokenStore other = store("locking")) {
      CountDownLatch held = new CountDownLatch(1);
      CountDownLatch letGo = new CountDownLatch(1);
      CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> one.withLock(Duration.ofSeconds(5),
          () -> {
            held.countDown();
            await(letGo);
            return "held";
          }));
      assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> other.withLock(Duration.ofMillis(100), () -> "entered"))
          .isInstanceOf(UserTokenStoreException.class).hasMessageContaining("for more than 100 ms");
      letGo.countDown();

      assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("held");
      assertThat(other.withLock(Duration.ofSeconds(5), () -> "entered")).isEqualTo("entered");
    }
  }

  @Test
  void waiters_enter_one_after_another() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<RedisUserTokenStore> replicas = List.of(store("queue"), store("queue"), store("queue"));
    try {
      List<CompletableFuture<Void>> runs = replicas.stream().map(replica -> CompletableFuture.runAsync(
          () -> replica.withLock(Duration.ofSeconds(20), () -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            replica.save(FIRST);
            inside.decrementAndGet();
            return null;
          }))).toList();
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    } finally {
      replicas.forEach(RedisUserTokenStore::close);
    }
    assertThat(most).hasValue(1);
  }

  @Test
  void a_lock_left_by_a_replica_that_died_lasts_its_lease_only() {
    try (RedisUserTokenStore store = store("orphan")) {
      store.save(FIRST);
      String tokensKey = redis.inspect(connection -> connection.sync().keys("helpdesk-faq:user-tokens:*")).get(0);
      redis.inspect(connection -> connection.sync().set(tokensKey + ":lock", "a replica that died",
          SetArgs.Builder.px(300)));

      assertThat(store.withLock(Duration.ofSeconds(10), () -> "entered")).isEqualTo("entered");
      store.clear();
    }
  }

  @Test
  void a_pair_without_a_refresh_token_comes_back_as_saved() {
    UserTokens accessOnly = new UserTokens("u-only", Instant.parse("2026-12-07T12:00:00Z"), Optional.empty(),
        Optional.empty());
    try (RedisUserTokenStore store = store("access-only")) {
      store.save(accessOnly);

      assertThat(store.load()).contains(accessOnly);
      store.clear();
    }
  }

  @Test
  void damaged_tokens_in_redis_are_a_store_failure_that_says_what_is_wrong_and_asks_to_sign_in_again() {
    try (RedisUserTokenStore store = store("damaged")) {
      store.save(FIRST);
      String tokensKey = redis.inspect(connection -> connection.sync().keys("helpdesk-faq:user-tokens:*")).get(0);

      redis.inspect(connection -> connection.sync().hset(tokensKey, "access_expires_at", "tomorrow"));
      assertThatThrownBy(store::load).isInstanceOf(UserTokenStoreException.class)
          .hasMessageContaining("are damaged (a time is not ISO-8601): sign in again");

      redis.inspect(connection -> connection.sync().hdel(tokensKey, "access_token"));
      assertThatThrownBy(store::load).isInstanceOf(UserTokenStoreException.class)
          .hasMessageContaining("are damaged (there is no access_token): sign in again");
      store.clear();
    }
  }

  @Test
  void a_store_keeps_one_connection_to_redis_however_many_calls_it_makes() {
    try (RedisUserTokenStore store = store("one-connection")) {
      store.load();
      int before = connectedClients();
      for (int call = 0; call < 5; call++) {
        store.save(FIRST);
        store.load();
      }

      assertThat(connectedClients()).isEqualTo(before);
      store.clear();
    }
  }

  @Test
  void an_unreachable_redis_is_a_store_failure_that_names_the_host_and_no_secret() {
    try (RedisUserTokenStore store = RedisUserTokenStore.builder()
        .redisUri("redis://:s3cret-password@127.0.0.1:" + closedPort() + "/0").appId("cli_tokens")
        .timeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(store::load).isInstanceOf(UserTokenStoreException.class)
          .hasMessageStartingWith("cannot read the user tokens in redis at 127.0.0.1:")
          .hasMessageNotContaining("s3cret-password");
      assertThat(store.toString()).doesNotContain("s3cret-password");
    }
  }

  /** The clients Redis counts as connected, the inspecting one included. */
  private static int connectedClients() {
    String info = redis.inspect(connection -> connection.sync().info("clients"));
    return info.lines().filter(line -> line.startsWith("connected_clients:"))
        .mapToInt(line -> Integer.parseInt(line.substring("connected_clients:".length()).strip())).findFirst()
        .orElseThrow();
  }

    private static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
