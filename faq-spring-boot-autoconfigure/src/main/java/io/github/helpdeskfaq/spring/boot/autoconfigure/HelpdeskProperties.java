package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The {@code helpdesk.*} properties: which adapter, its settings, the cache and the shared quota. Every default is the
 * one of the module it configures (its builder's constants), so a property left unset changes nothing. Secrets are
 * never part of {@link #toString()}.
 *
 * @param adapter The adapter the Helpdesk bean is: feishu (production) or fake (in memory, for tests and local
 *     development); never chosen for you by a missing setting.
 * @param feishu The Feishu adapter's settings, used with helpdesk.adapter=feishu.
 * @param fake The fake's content, used with helpdesk.adapter=fake.
 * @param cache The cache in front of the adapter (faq-cache on the class path), on when a time to live is set.
 * @param quota The quota shared with the other replicas in Redis (faq-quota-redis on the class path), on when a number
 *     of permits is set; Feishu only.
 */
@ConfigurationProperties("helpdesk")
public record HelpdeskProperties(@DefaultValue("feishu") Adapter adapter,
    @DefaultValue @NestedConfigurationProperty FeishuProperties feishu, @DefaultValue Fake fake,
    @DefaultValue Cache cache, @DefaultValue Quota quota) {

  /** The adapters the starter wires. */
  public enum Adapter {
    /** The Feishu / Lark Open Platform: {@code FeishuHelpdesk}. */
    FEISHU,
    /** In memory: {@code FakeHelpdesk}, injectable to seed it and to inject faults. */
    FAKE
  }

  /**
   * The fake's content.
   *
   * @param data FAQs in Feishu's wire format (one FAQ-detail response or an array of them, as faq-app's --fake-data
   *     reads), each image beside it in a file named after its key (the extension tells its type, as in
   *     img_v2_1.png); unset: an empty fake.
   */
  public record Fake(Resource data) {}

  /**
   * The cache in front of the adapter's lookups by id.
   *
   * @param timeToLive How long a FAQ found stays cached; setting it switches the cache on (faq-cache needed).
   * @param maximumSize How many FAQs and "not found" answers the cache holds at most.
   * @param notFoundTimeToLive How long a "not found" stays cached; unset: the cache's default, never longer than the
   *     time to live.
   */
  public record Cache(Duration timeToLive, @DefaultValue("" + CachingHelpdesk.Builder.DEFAULT_MAXIMUM_SIZE)
      long maximumSize, Duration notFoundTimeToLive) {}

  /**
   * The rate limit shared by every replica of the application, in Redis: requests take a permit there too.
   *
   * @param permits How many requests all replicas together may send per period; setting it switches the shared quota on
   *     (faq-quota-redis needed).
   * @param period The period of the permits.
   * @param redisUrl The Redis to keep it in, redis://[[user:]password@]host:port[/database]; unset: the application's
   *     own, from spring.data.redis.*.
   * @param key Whose quota it is: replicas with the same key and base URL share one; unset: the app id.
   * @param timeout How long a Redis command may take before a request goes ahead under the local limit alone.
   */
  public record Quota(Integer permits, @DefaultValue("1s") Duration period, String redisUrl, String key,
      @DefaultValue(RedisSharedQuota.Builder.DEFAULT_TIMEOUT_MILLIS + "ms") Duration timeout) {

    /** The settings, the Redis URL masked. */
    @Override
    public String toString() {
      return "Quota[permits=" + permits + ", period=" + period + ", redisUrl=" + (redisUrl == null ? null : "****")
          + ", key=" + key + ", timeout=" + timeout + "]";
    }
  }
}
