package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings for running as one of several replicas, read from the environment and applied to the builders of
 * {@code faq-quota-redis} and {@code faq-cache} before anything connects; their refusals are reported as they are,
 * after the variable's name, as {@link FeishuSettings} reports the adapter's.
 *
 * <ul>
 *   <li>{@code FAQ_REDIS_URL}: the Feishu adapter takes a permit for every request from a {@link RedisSharedQuota}
 *       there as well, shared by every replica of the same app and base URL. It needs the quota to share,
 *       {@code FAQ_QUOTA_PER_SECOND}, and whose it is: {@code FAQ_QUOTA_KEY}, else {@code FEISHU_APP_ID} (with only
 *       a {@code FEISHU_TENANT_ACCESS_TOKEN}, {@code FAQ_QUOTA_KEY} is required), and takes
 *       {@code FAQ_REDIS_TIMEOUT_SECONDS}. None of them is read without it.</li>
 *   <li>{@code FAQ_CACHE_TTL_SECONDS}: above zero, the repository (of either adapter) is wrapped in a
 *       {@link CachingHelpdesk} with that time to live, which writes go through; zero or unset, no cache.</li>
 * </ul>
 * Values are trimmed; a blank value counts as unset. The Redis URL is never part of a message (it may hold a
 * password).
 */
final class ReplicaSettings {

  static final String REDIS_URL = "FAQ_REDIS_URL";
  static final String QUOTA_KEY = "FAQ_QUOTA_KEY";
  static final String QUOTA_PER_SECOND = "FAQ_QUOTA_PER_SECOND";
  static final String REDIS_TIMEOUT = "FAQ_REDIS_TIMEOUT_SECONDS";
  static final String CACHE_TTL = "FAQ_CACHE_TTL_SECONDS";

  private final Optional<RedisSharedQuota.Builder> quota;
  private final Optional<Duration> cacheTimeToLive;

  private ReplicaSettings(Optional<RedisSharedQuota.Builder> quota, Optional<Duration> cacheTimeToLive) {
    this.quota = quota;
    this.cacheTimeToLive = cacheTimeToLive;
  }

  /** Every variable with what it means, for {@code faq-app --help}. */
  static List<Map.Entry<String, String>> describe() {
    return List.of(
        Map.entry(REDIS_URL, "redis://[:password@]host:port: share one quota between the replicas (Feishu only)"),
        Map.entry(QUOTA_PER_SECOND, "the requests per second that all replicas together may send; needed with "
            + REDIS_URL),
        Map.entry(QUOTA_KEY, "whose quota it is (default " + FeishuSettings.APP_ID + "; needed with "
            + FeishuSettings.TENANT_ACCESS_TOKEN + ")"),
        Map.entry(REDIS_TIMEOUT, "seconds a Redis command may take before the replica goes on under its own limit"),
        Map.entry(CACHE_TTL, "seconds a FAQ stays cached; 0 or unset: no cache"));
  }

  /**
   * Reads the settings and checks them with the builders.
   *
   * @throws UsageException naming the missing variables, or the first invalid one
   */
  static ReplicaSettings fromEnvironment(Map<String, String> environment) {
    Optional<String> redisUrl = value(environment, REDIS_URL);
    Optional<String> key = value(environment, QUOTA_KEY).or(() -> value(environment, FeishuSettings.APP_ID));
    Optional<String> perSecond = value(environment, QUOTA_PER_SECOND);
    Optional<RedisSharedQuota.Builder> quota = Optional.empty();
    if (redisUrl.isPresent()) {
      List<String> missing = new ArrayList<>();
      if (perSecond.isEmpty()) {
        missing.add(QUOTA_PER_SECOND);
      }
      if (key.isEmpty()) {
        missing.add(QUOTA_KEY);
      }
      if (!missing.isEmpty()) {
        throw new UsageException((missing.size() == 1 ? "missing setting: " : "missing settings: ")
            + String.join(", ", missing) + " (with " + REDIS_URL + ")");
      }
      RedisSharedQuota.Builder builder = RedisSharedQuota.builder();
      apply(REDIS_URL, () -> builder.redisUri(redisUrl.get()));
      apply(QUOTA_KEY, () -> builder.appId(key.get()));
      String baseUrl = value(environment, FeishuSettings.BASE_URL).orElse(FeishuHelpdesk.FEISHU_BASE_URL);
      apply(FeishuSettings.BASE_URL, () -> builder.baseUrl(baseUrl));
      int permits = wholeNumber(QUOTA_PER_SECOND, perSecond.get());
      apply(QUOTA_PER_SECOND, () -> builder.rate(permits, Duration.ofSeconds(1)));
      value(environment, REDIS_TIMEOUT).map(text -> seconds(REDIS_TIMEOUT, text))
          .ifPresent(timeout -> apply(REDIS_TIMEOUT, () -> builder.timeout(timeout)));
      quota = Optional.of(builder);
    } else if (perSecond.isPresent() || value(environment, QUOTA_KEY).isPresent()
        || value(environment, REDIS_TIMEOUT).isPresent()) {
      throw new UsageException("incomplete settings: " + QUOTA_PER_SECOND + ", " + QUOTA_KEY + " and "
          + REDIS_TIMEOUT + " take effect with " + REDIS_URL + " only, which is not set");
    }
    Optional<Duration> timeToLive = value(environment, CACHE_TTL).map(text -> seconds(CACHE_TTL, text))
        .filter(time -> !time.isZero());
    return new ReplicaSettings(quota, timeToLive);
  }

  /** A new shared quota, when {@code FAQ_REDIS_URL} is set; the caller closes it. No connection is opened yet. */
  Optional<RedisSharedQuota> newSharedQuota() {
    return quota.map(RedisSharedQuota.Builder::build);
  }

  /**
   * The helpdesk, cached when {@code FAQ_CACHE_TTL_SECONDS} is above zero.
   *
   * @throws UsageException if the cache refuses the time to live
   */
  Helpdesk cached(Helpdesk helpdesk) {
    return cache(helpdesk).map(Helpdesk.class::cast).orElse(helpdesk);
  }

  /**
   * The helpdesk that writes, cached as {@link #cached} says, its writes through the cache so that a read after a
   * write never answers with what was there before ({@link CachingHelpdesk#writingThrough}).
   *
   * @throws UsageException if the cache refuses the time to live
   */
  WritableHelpdesk cachedWriting(WritableHelpdesk helpdesk) {
    return cache(helpdesk).map(cache -> cache.writingThrough(helpdesk)).orElse(helpdesk);
  }

  private Optional<CachingHelpdesk> cache(Helpdesk helpdesk) {
    if (cacheTimeToLive.isEmpty()) {
      return Optional.empty();
    }
    CachingHelpdesk.Builder cache = CachingHelpdesk.builder(helpdesk);
    apply(CACHE_TTL, () -> cache.timeToLive(cacheTimeToLive.get()));
    return Optional.of(cache.build());
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(text -> !text.isEmpty());
  }

  /** Runs a setter, reporting its refusal as the builder words it, after the variable's name. */
  private static void apply(String variable, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException refused) {
      throw new UsageException("invalid setting " + variable + ": " + refused.getMessage());
    }
  }

  private static int wholeNumber(String variable, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      throw new UsageException("invalid setting " + variable + ": expected a whole number, such as 50, was '"
          + text + "'");
    }
  }

  private static Duration seconds(String variable, String text) {
    try {
      return Duration.ofMillis(new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.UP)
          .longValueExact());
    } catch (NumberFormatException | ArithmeticException notSeconds) {
      throw new UsageException("invalid setting " + variable + ": expected a number of seconds, such as 2.5, was '"
          + text + "'");
    }
  }
}
