package io.github.helpdeskfaq.quota.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Settings are checked before anything connects; none of these tests needs Redis. */
class RedisSharedQuotaBuilderTest {

  @Test
  void names_the_missing_required_setting() {
    assertThatIllegalStateException().isThrownBy(() -> RedisSharedQuota.builder().build())
        .withMessage("redisUri must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> RedisSharedQuota.builder().redisUri("redis://127.0.0.1:1").build())
        .withMessage("appId must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> RedisSharedQuota.builder().redisUri("redis://127.0.0.1:1").appId("cli_x").build())
        .withMessage("baseUrl must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> RedisSharedQuota.builder().redisUri("redis://127.0.0.1:1").appId("cli_x")
            .baseUrl("https://open.feishu.cn").build())
        .withMessage("rate must be set");
  }

  @Test
  void refuses_values_out_of_range() {
    RedisSharedQuota.Builder builder = RedisSharedQuota.builder();
    assertThatIllegalArgumentException().isThrownBy(() -> builder.appId(" ")).withMessageContaining("appId");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.rate(0, Duration.ofSeconds(1)))
        .withMessageContaining("permits");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.rate(1, Duration.ZERO))
        .withMessageContaining("period");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(-1)))
        .withMessageContaining("timeout");
    assertThatThrownBy(() -> builder.redisUri(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void refuses_a_base_url_that_is_not_a_plain_web_url() {
    RedisSharedQuota.Builder builder = RedisSharedQuota.builder();
    for (String bad : new String[] {"open.feishu.cn", "ftp://open.feishu.cn", "https://user:pw@open.feishu.cn",
        "https://open.feishu.cn/?q=1", "https://open.feishu.cn/#f", "https://exa mple.com"}) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> builder.baseUrl(bad))
          .withMessageStartingWith("baseUrl");
    }
  }

  @Test
  void a_bad_redis_uri_is_refused_without_repeating_it() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisSharedQuota.builder().redisUri("http://:s3cr3t@127.0.0.1:6379"))
        .withMessageStartingWith("redisUri").withMessageNotContaining("s3cr3t");
  }

  @Test
  void a_base_url_counts_without_its_trailing_slashes() {
    QuotaKeys plain = QuotaKeys.of("cli_x", "https://open.feishu.cn");
    RedisSharedQuota.Builder builder = RedisSharedQuota.builder().redisUri("redis://127.0.0.1:1").appId("cli_x")
        .baseUrl("https://open.feishu.cn//").rate(1, Duration.ofSeconds(1)).clock(new FakeClock());
    try (RedisSharedQuota quota = builder.build()) {
      assertThat(quota.toString()).contains("base URL https://open.feishu.cn,");
    }
    assertThat(QuotaKeys.of("cli_x", "https://open.feishu.cn").bucket()).isEqualTo(plain.bucket());
    assertThat(QuotaKeys.of("cli_y", "https://open.feishu.cn").bucket()).isNotEqualTo(plain.bucket());
    assertThat(QuotaKeys.of("cli_x", "https://open.larksuite.com").bucket()).isNotEqualTo(plain.bucket());
    assertThat(plain.hold()).isNotEqualTo(plain.bucket());
  }

  @Test
  void checks_its_arguments_before_any_io() {
    try (RedisSharedQuota quota = RedisSharedQuota.builder().redisUri("redis://127.0.0.1:1").appId("cli_x")
        .baseUrl("https://open.feishu.cn").rate(1, Duration.ofSeconds(1)).build()) {
      assertThatIllegalArgumentException().isThrownBy(() -> quota.tryAcquire(Duration.ofMillis(-1)))
          .withMessageContaining("maxWait");
      assertThatThrownBy(() -> quota.tryAcquire(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> quota.holdUntil(null)).isInstanceOf(NullPointerException.class);
      quota.holdUntil(Instant.EPOCH);
    }
  }
}
