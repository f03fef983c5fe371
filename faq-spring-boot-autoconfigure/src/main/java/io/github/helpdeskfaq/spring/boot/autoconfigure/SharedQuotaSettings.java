package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Makes the {@link RedisSharedQuota} that {@code helpdesk.quota.*} asks for: in the Redis of
 * {@code helpdesk.quota.redis-url}, else in the application's own, read from {@code spring.data.redis.*} (its URL,
 * or its host, port, user, password, database and TLS, Spring Boot's defaults included), shared by the replicas of
 * the same key (else app id) and base URL. The Redis password is never part of a message.
 */
final class SharedQuotaSettings {

  private static final String PREFIX = "helpdesk.quota.";
  private static final String SPRING_REDIS = "spring.data.redis.";

  private SharedQuotaSettings() {}

  /**
   * A new quota, not yet connected: the caller closes it.
   *
   * @throws HelpdeskSettingsException naming the property that is missing or refused
   */
  static RedisSharedQuota build(HelpdeskProperties properties, Environment environment) {
    HelpdeskProperties.Quota quota = properties.quota();
    FeishuProperties feishu = properties.feishu();
    String key = Optional.ofNullable(quota.key()).filter(text -> !text.isBlank()).orElse(feishu.appId());
    if (key == null || key.isBlank()) {
      throw HelpdeskSettingsException.missing("helpdesk.quota.permits", List.of(PREFIX + "key"));
    }
    RedisSharedQuota.Builder builder = RedisSharedQuota.builder();
    apply("redis-url", () -> builder.redisUri(redisUri(quota, Binder.get(environment))));
    apply("key", () -> builder.appId(key));
    apply("permits", () -> builder.rate(quota.permits(), quota.period()));
    apply("timeout", () -> builder.timeout(quota.timeout()));
    try {
      builder.baseUrl(feishu.baseUrl());
    } catch (IllegalArgumentException refused) {
      throw HelpdeskSettingsException.invalid(FeishuSettings.PREFIX + "base-url", refused.getMessage());
    }
    return builder.build();
  }

  /** The quota's own Redis URL, else one made of the application's {@code spring.data.redis.*}. */
  static String redisUri(HelpdeskProperties.Quota quota, Binder binder) {
    if (quota.redisUrl() != null && !quota.redisUrl().isBlank()) {
      return quota.redisUrl();
    }
    Optional<String> url = text(binder, "url");
    if (url.isPresent()) {
      return url.get();
    }
    boolean tls = binder.bind(SPRING_REDIS + "ssl.enabled", Boolean.class).orElse(false);
    String user = text(binder, "username").map(SharedQuotaSettings::encoded).orElse("");
    String password = text(binder, "password").map(SharedQuotaSettings::encoded).orElse(null);
    String credentials = password == null ? "" : (user.isEmpty() ? "" : user + ":") + password + "@";
    return (tls ? "rediss://" : "redis://") + credentials + text(binder, "host").orElse("localhost") + ":"
        + binder.bind(SPRING_REDIS + "port", Integer.class).orElse(6379) + "/"
        + binder.bind(SPRING_REDIS + "database", Integer.class).orElse(0);
  }

  private static Optional<String> text(Binder binder, String name) {
    return Optional.ofNullable(binder.bind(SPRING_REDIS + name, String.class).orElse(null))
        .filter(text -> !text.isBlank());
  }

  private static String encoded(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void apply(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException refused) {
      throw HelpdeskSettingsException.invalid(PREFIX + property, refused.getMessage());
    }
  }
}
