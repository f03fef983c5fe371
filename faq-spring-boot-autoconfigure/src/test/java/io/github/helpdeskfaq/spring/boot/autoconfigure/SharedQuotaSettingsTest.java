package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which Redis the shared quota lives in: its own URL, else the application's {@code spring.data.redis.*}. */
class SharedQuotaSettingsTest {

  private static String uri(String ownUrl, Map<String, String> springRedis) {
    HelpdeskProperties.Quota quota = new HelpdeskProperties.Quota(10, Duration.ofSeconds(1), ownUrl, null,
        Duration.ofMillis(250));
    return SharedQuotaSettings.redisUri(quota, new Binder(new MapConfigurationPropertySource(springRedis)));
  }

  @Test
  void takes_its_own_url_first_then_the_applications_url() {
    assertThat(uri("redis://own:6380", Map.of("spring.data.redis.url", "redis://app:6379")))
        .isEqualTo("redis://own:6380");
    assertThat(uri(null, Map.of("spring.data.redis.url", "redis://app:6379"))).isEqualTo("redis://app:6379");
  }

  @Test
  void builds_a_url_from_the_applications_host_port_credentials_database_and_tls() {
    assertThat(uri(null, Map.of("spring.data.redis.host", "cache.internal", "spring.data.redis.port", "6390",
        "spring.data.redis.username", "app", "spring.data.redis.password", "p@ss word",
        "spring.data.redis.database", "2", "spring.data.redis.ssl.enabled", "true")))
        .isEqualTo("rediss://app:p%40ss%20word@cache.internal:6390/2");
  }

  @Test
  void defaults_to_spring_boots_own_defaults() {
    assertThat(uri(null, Map.of())).isEqualTo("redis://localhost:6379/0");
  }

  @Test
  void shows_no_redis_url_in_its_description() {
    assertThat(new HelpdeskProperties.Quota(1, Duration.ofSeconds(1), "redis://:pw-123456@h:1", null,
        Duration.ofMillis(1)).toString()).doesNotContain("pw-123456").contains("redisUrl=****");
  }
}
