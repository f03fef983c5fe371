package io.github.helpdeskfaq.quota.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings are checked before anything connects; none of these tests needs Redis. */
class RedisUserTokenStoreBuilderTest {

  @Test
  void names_the_missing_required_setting() {
    assertThatIllegalStateException().isThrownBy(() -> RedisUserTokenStore.builder().build())
        .withMessage("redisUri must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> RedisUserTokenStore.builder().redisUri("redis://127.0.0.1:1").build())
        .withMessage("appId must be set");
  }

  @Test
  void refuses_a_lock_lease_or_timeout_that_is_not_positive_and_names_it() {
    RedisUserTokenStore.Builder builder = RedisUserTokenStore.builder();
    assertThatIllegalArgumentException().isThrownBy(() -> builder.lockLease(Duration.ZERO))
        .withMessageContaining("lockLease");
    assertThatNullPointerException().isThrownBy(() -> builder.lockLease(null))
        .withMessage("lockLease must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(-1)))
        .withMessageContaining("timeout");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.name(" ")).withMessageContaining("name");
  }

  @Test
  void every_setting_chains_and_the_store_says_where_its_tokens_are() {
    try (RedisUserTokenStore store = RedisUserTokenStore.builder().redisUri("redis://127.0.0.1:1")
        .appId(" cli_chain ").name(" bot ").timeout(Duration.ofMillis(200)).lockLease(Duration.ofSeconds(5))
        .build()) {
      assertThat(store).hasToString("RedisUserTokenStore[redis at 127.0.0.1:1, app cli_chain, bot]");
    }
  }
}
