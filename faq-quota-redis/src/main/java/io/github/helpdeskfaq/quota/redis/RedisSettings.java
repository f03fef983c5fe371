package io.github.helpdeskfaq.quota.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Objects;

/** The checks of the settings both builders of this module share; messages name the setting, never its value. */
final class RedisSettings {

  private RedisSettings() {}

  /** A Redis URI as Lettuce reads it; the message of a refusal does not repeat it (it may hold a password). */
  static RedisURI redisUri(String uri) {
    Objects.requireNonNull(uri, "redisUri must not be null");
    try {
      return RedisURI.create(uri.strip());
    } catch (RuntimeException notARedisUri) {
      throw new IllegalArgumentException("redisUri: not a Redis URI such as redis://host:6379");
    }
  }

  /** An app id, not blank, stripped. */
  static String appId(String id) {
    Objects.requireNonNull(id, "appId must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("appId must not be blank");
    }
    return id.strip();
  }

  /** A positive duration. */
  static Duration positive(Duration time, String name) {
    Objects.requireNonNull(time, () -> name + " must not be null");
    if (time.isZero() || time.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + time);
    }
    return time;
  }
}
