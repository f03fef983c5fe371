package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.metrics.micrometer.CacheMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * {@code helpdesk.cache.time-to-live} set: the helpdesk behind a {@link CachingHelpdesk}, the primary bean, so that
 * whoever injects a port gets the cache and whoever injects the adapter's own type gets the adapter. With a
 * {@code MeterRegistry}, the cache's meters, tagged {@code cache=helpdesk}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(CachingHelpdesk.class)
@ConditionalOnProperty(prefix = "helpdesk.cache", name = "time-to-live")
class HelpdeskCacheConfiguration {

  private static final String PREFIX = "helpdesk.cache.";

  @Bean
  @Primary
  CachingHelpdesk cachingHelpdesk(HelpdeskProperties properties, Helpdesk adapter) {
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

  private static void apply(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException refused) {
      throw HelpdeskSettingsException.invalid(PREFIX + property, refused.getMessage());
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
