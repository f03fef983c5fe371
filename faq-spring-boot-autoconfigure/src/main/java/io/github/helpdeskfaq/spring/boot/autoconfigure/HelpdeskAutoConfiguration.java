package io.github.helpdeskfaq.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The {@code Helpdesk} of {@code helpdesk.adapter}, as a bean injectable by its type and by each port it implements:
 * {@code FeishuHelpdesk} (with the Micrometer listener when there is a {@code MeterRegistry}, and the shared quota
 * when {@code helpdesk.quota.permits} is set) or {@code FakeHelpdesk}; behind a {@code CachingHelpdesk}, the primary
 * bean, when {@code helpdesk.cache.time-to-live} is set. An application's own {@code Helpdesk} bean replaces the
 * adapter. Each bean is closed with the context. Properties: {@link HelpdeskProperties}.
 */
@AutoConfiguration
@EnableConfigurationProperties(HelpdeskProperties.class)
@Import({FeishuAdapterConfiguration.class, FakeAdapterConfiguration.class, HelpdeskCacheConfiguration.class})
public class HelpdeskAutoConfiguration {

  /**
   * Checks that the modules which the properties switch on are on the class path: a cache or a shared quota asked for
   * is never silently left out.
   *
   * @param properties the {@code helpdesk.*} properties
   * @param resources the application's class loader
   * @throws HelpdeskSettingsException naming the property and the module it needs
   */
  HelpdeskAutoConfiguration(HelpdeskProperties properties, ResourceLoader resources) {
    ClassLoader loader = resources.getClassLoader();
    if (properties.cache().timeToLive() != null
        && !ClassUtils.isPresent("io.github.helpdeskfaq.cache.CachingHelpdesk", loader)) {
      throw HelpdeskSettingsException.moduleMissing("helpdesk.cache.time-to-live", "faq-cache");
    }
    if (properties.quota().permits() != null
        && !ClassUtils.isPresent("io.github.helpdeskfaq.quota.redis.RedisSharedQuota", loader)) {
      throw HelpdeskSettingsException.moduleMissing("helpdesk.quota.permits", "faq-quota-redis");
    }
  }
}
