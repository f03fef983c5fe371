package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.metrics.micrometer.CacheMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * {@code helpdesk.cache.time-to-live} set: the helpdesk behind a {@link CachingHelpdesk}, and as the primary bean the
 * cache with the adapter's writes through it ({@link CachingHelpdesk#writingThrough}) when the adapter writes, else
 * the cache itself: whoever injects a port gets the cache, a writer's writes are seen at once, and whoever injects the
 * adapter's own type gets the adapter. With a {@code MeterRegistry}, the cache's meters, tagged {@code cache=helpdesk}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(CachingHelpdesk.class)
@ConditionalOnProperty(prefix = "helpdesk.cache", name = "time-to-live")
class HelpdeskCacheConfiguration {

  private static final String PREFIX = "helpdesk.cache.";
  /** The beans of this configuration that are a {@code Helpdesk} themselves. */
  private static final Set<String> OURS = Set.of("cachingHelpdesk", "cachedHelpdesk");

  @Bean
  CachingHelpdesk cachingHelpdesk(HelpdeskProperties properties, ListableBeanFactory beans) {
    Helpdesk adapter = adapter(beans);
    HelpdeskProperties.Cache settings = properties.cache();
    CachingHelpdesk.Builder cache = CachingHelpdesk.builder(adapter);
    apply("time-to-live", () -> cache.timeToLive(settings.timeToLive()));
    apply("maximum-size", () -> cache.maximumSize(settings.maximumSize()));
    if (settings.notFoundTimeToLive() != null) {
      apply("not-found-time-to-live", () -> cache.notFoundTimeToLive(settings.notFoundTimeToLive()));
    }
    try {
      return cache.build();
    } catch (IllegalStateException refused) {
      throw HelpdeskSettingsException.invalid(PREFIX + "not-found-time-to-live", refused.getMessage());
    }
  }

  /** The one {@code Helpdesk} that is not this configuration's: the adapter, or the application's own. */
  private static Helpdesk adapter(ListableBeanFactory beans) {
    List<String> names = Arrays.stream(beans.getBeanNamesForType(Helpdesk.class, true, false))
        .filter(name -> !OURS.contains(name)).toList();
    if (names.size() != 1) {
      throw new IllegalStateException("the cache needs one Helpdesk bean to stand in front of, found " + names);
    }
    return beans.getBean(names.get(0), Helpdesk.class);
  }

  private static void apply(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException refused) {
      throw HelpdeskSettingsException.invalid(PREFIX + property, refused.getMessage());
    }
  }

  /** An adapter that writes: the primary bean reads through the cache and writes through it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(KnowledgeBaseWriter.class)
  static class Writing {

    @Bean
    @Primary
    WritableHelpdesk cachedHelpdesk(CachingHelpdesk cache, KnowledgeBaseWriter adapter) {
      return cache.writingThrough(adapter);
    }
  }

  /** An adapter that only reads: the primary bean is the cache. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(KnowledgeBaseWriter.class)
  static class Reading {

    @Bean
    @Primary
    Helpdesk cachedHelpdesk(CachingHelpdesk cache) {
      return cache;
    }
  }

  /** The cache's meters, bound by Spring Boot to its registries. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, CacheMetrics.class})
  static class Meters {

    @Bean
    MeterBinder helpdeskCacheMetrics(CachingHelpdesk cache) {
      return new CacheMetrics(cache, "helpdesk");
    }
  }
}
