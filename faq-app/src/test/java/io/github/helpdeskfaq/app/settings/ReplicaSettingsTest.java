package io.github.helpdeskfaq.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared quota's and the cache's variables, checked by their builders and applied by the wiring. */
class ReplicaSettingsTest {

  private static final String PASSWORD = "redis-pass-never-shown";

  private final Adapters adapters = new Adapters();

  @AfterEach
  void release() {
    adapters.release();
  }

  private static Map<String, String> feishu() {
    Map<String, String> env = new HashMap<>();
    env.put("FEISHU_APP_ID", "cli_replica");
    env.put("FEISHU_APP_SECRET", "app-secret-for-replica-test");
    env.put("FEISHU_HELPDESK_ID", "42");
    env.put("FEISHU_HELPDESK_TOKEN", "helpdesk-token-for-replica-test");
    return env;
  }

  private static Map<String, String> shared() {
    Map<String, String> env = feishu();
    env.put("FAQ_REDIS_URL", "redis://:" + PASSWORD + "@127.0.0.1:6390");
    env.put("FAQ_QUOTA_PER_SECOND", "40");
    return env;
  }

  @Test
  void shares_the_quota_of_the_app_id_and_base_url_without_showing_the_password() {
    Optional<RedisSharedQuota> quota = ReplicaSettings.fromEnvironment(shared()).newSharedQuota();

    assertThat(quota).hasValueSatisfying(built -> {
      assertThat(built.toString()).contains("127.0.0.1:6390", "app cli_replica", "https://open.feishu.cn",
          "40 per PT1S").doesNotContain(PASSWORD);
      built.close();
    });
  }

  @Test
  void takes_the_quota_key_instead_of_the_app_id_and_requires_it_with_only_a_tenant_token() {
    Map<String, String> env = shared();
    env.remove("FEISHU_APP_ID");
    env.remove("FEISHU_APP_SECRET");
    env.put("FEISHU_TENANT_ACCESS_TOKEN", "t-replica");

    assertThatThrownBy(() -> ReplicaSettings.fromEnvironment(env)).isInstanceOf(UsageException.class)
        .hasMessage("missing setting: FAQ_QUOTA_KEY (with FAQ_REDIS_URL)");

    env.put("FAQ_QUOTA_KEY", "our-helpdesk-app");
    assertThat(ReplicaSettings.fromEnvironment(env).newSharedQuota()).hasValueSatisfying(built -> {
      assertThat(built.toString()).contains("app our-helpdesk-app");
      built.close();
    });
  }

  @Test
  void names_what_the_redis_url_needs() {
    Map<String, String> env = shared();
    env.remove("FAQ_QUOTA_PER_SECOND");
    env.remove("FEISHU_APP_ID");

    assertThatThrownBy(() -> ReplicaSettings.fromEnvironment(env))
        .hasMessage("missing settings: FAQ_QUOTA_PER_SECOND, FAQ_QUOTA_KEY (with FAQ_REDIS_URL)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FAQ_REDIS_URL | http://127.0.0.1:6379 | invalid setting FAQ_REDIS_URL: redisUri: not a Redis URI such as "
          + "redis://host:6379",
      "FAQ_QUOTA_PER_SECOND | 0 | invalid setting FAQ_QUOTA_PER_SECOND: permits must be at least 1, was 0",
      "FAQ_QUOTA_PER_SECOND | many | invalid setting FAQ_QUOTA_PER_SECOND: expected a whole number, such as 50, was "
          + "'many'",
      "FAQ_REDIS_TIMEOUT_SECONDS | 0 | invalid setting FAQ_REDIS_TIMEOUT_SECONDS: timeout must be positive, was PT0S",
      "FAQ_CACHE_TTL_SECONDS | soon | invalid setting FAQ_CACHE_TTL_SECONDS: expected a number of seconds, such as "
          + "2.5, was 'soon'"})
  void reports_the_builders_refusal_after_the_variables_name(String variable, String value, String message) {
    Map<String, String> env = shared();
    env.put(variable, value);

    assertThatThrownBy(() -> ReplicaSettings.fromEnvironment(env)).isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @Test
  void refuses_a_negative_cache_time_as_the_cache_words_it() {
    Map<String, String> env = feishu();
    env.put("FAQ_CACHE_TTL_SECONDS", "-5");

    assertThatThrownBy(() -> adapters.create(Adapter.FEISHU, Optional.empty(), env))
        .hasMessage("invalid setting FAQ_CACHE_TTL_SECONDS: timeToLive must be positive, was PT-5S");
  }

  @Test
  void refuses_quota_settings_without_a_redis_url() {
    Map<String, String> env = feishu();
    env.put("FAQ_QUOTA_PER_SECOND", "40");

    assertThatThrownBy(() -> ReplicaSettings.fromEnvironment(env)).hasMessage("incomplete settings: "
        + "FAQ_QUOTA_PER_SECOND, FAQ_QUOTA_KEY and FAQ_REDIS_TIMEOUT_SECONDS take effect with FAQ_REDIS_URL only, "
        + "which is not set");
  }

  @Test
  void wraps_either_adapter_in_the_cache_when_its_time_to_live_is_above_zero() {
    Map<String, String> env = feishu();
    env.put("FAQ_CACHE_TTL_SECONDS", "2.5");
    Helpdesk cachedFeishu = adapters.create(Adapter.FEISHU, Optional.empty(), env);
    Helpdesk cachedFake = adapters.create(Adapter.FAKE, Optional.empty(), env);
    env.put("FAQ_CACHE_TTL_SECONDS", "0");
    Helpdesk uncached = adapters.create(Adapter.FEISHU, Optional.empty(), env);

    assertThat(cachedFeishu).isInstanceOf(CachingHelpdesk.class);
    assertThat(cachedFake).isInstanceOf(CachingHelpdesk.class);
    assertThat(uncached).isInstanceOf(FeishuHelpdesk.class);
  }

  @Test
  void writes_go_through_the_cache_so_that_a_read_after_a_write_is_never_the_old_faq() {
    Map<String, String> env = Map.of("FAQ_CACHE_TTL_SECONDS", "60");
    WritableHelpdesk helpdesk = adapters.createWritable(Adapter.FAKE, Optional.empty(), env, Optional.empty());
    FaqId seed = FaqId.of("6936004780707807231");
    Optional<String> before = helpdesk.findById(seed).orElseThrow().question();

    helpdesk.updateFaq(seed, FaqChange.builder().question("A new question").build());

    assertThat(before).isNotEqualTo(Optional.of("A new question"));
    assertThat(helpdesk.findById(seed).orElseThrow().question()).contains("A new question");
  }

  @Test
  void gives_the_feishu_adapter_the_shared_quota() {
    FaqRepository repository = adapters.create(Adapter.FEISHU, Optional.empty(), shared());

    assertThat(repository).isInstanceOfSatisfying(FeishuHelpdesk.class, feishu ->
        assertThat(feishu.health().sharedQuota()).isEqualTo(SharedQuotaState.SHARED));
  }
}
