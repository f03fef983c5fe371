package io.github.helpdeskfaq.metrics.micrometer;

import io.github.helpdeskfaq.cache.CacheStatistics;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;
import java.util.List;
import java.util.Objects;

/**
 * Publishes a {@link CachingHelpdesk}'s {@link CacheStatistics} to a Micrometer registry, under Micrometer's
 * usual cache meters, so that existing cache dashboards show it: {@code cache.gets} (tag {@code result}: {@code hit}
 * or {@code miss}), {@code cache.puts}, {@code cache.evictions}, {@code cache.size}, and {@code cache.load} (tag
 * {@code result}: {@code success} or {@code failure}), all tagged {@code cache=<name>}. The meters read the
 * statistics when the registry is scraped; the lookups themselves pay nothing.
 *
 * <pre>{@code
 * new CacheMetrics(cachedFaqs, "faq").bindTo(registry);
 * }</pre>
 *
 * <p>The registry holds the cache weakly.
 */
public final class CacheMetrics extends CacheMeterBinder<CachingHelpdesk> {

  /**
   * A binder for one cache.
   *
   * @param cache the cache to publish
   * @param name the value of the {@code cache} tag, for example {@code faq}; a fixed name, never an id
   */
  public CacheMetrics(CachingHelpdesk cache, String name) {
    super(Objects.requireNonNull(cache, "cache must not be null"), Objects.requireNonNull(name, "name"), List.of());
  }

  @Override
  protected Long size() {
    CachingHelpdesk cache = getCache();
    return cache == null ? null : cache.estimatedSize();
  }

  @Override
  protected long hitCount() {
    return statistics().hits();
  }

  @Override
  protected Long missCount() {
    return statistics().misses();
  }

  @Override
  protected Long evictionCount() {
    return statistics().evictions();
  }

  @Override
  protected long putCount() {
    return statistics().loads();
  }

  @Override
  protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
    CachingHelpdesk cache = getCache();
    FunctionCounter.builder("cache.load", cache, c -> c.statistics().loads())
        .tags(getTagsWithCacheName()).tag("result", "success")
        .description("The number of times the helpdesk underneath answered")
        .register(registry);
    FunctionCounter.builder("cache.load", cache, c -> c.statistics().loadFailures())
        .tags(getTagsWithCacheName()).tag("result", "failure")
        .description("The number of times the helpdesk underneath failed; failures are never cached")
        .register(registry);
  }

  private CacheStatistics statistics() {
    CachingHelpdesk cache = getCache();
    return cache == null ? new CacheStatistics(0, 0, 0, 0, 0) : cache.statistics();
  }
}
