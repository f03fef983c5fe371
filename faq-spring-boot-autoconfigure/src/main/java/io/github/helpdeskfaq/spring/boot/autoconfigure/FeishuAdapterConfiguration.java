package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.metrics.micrometer.MicrometerFeishuListener;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code helpdesk.adapter=feishu}, the default: the Feishu adapter built from {@code helpdesk.feishu.*}, reporting to
 * every {@link FeishuListener} bean, taking permits from the {@link SharedQuota} bean if there is one, changed last by
 * the {@link FeishuHelpdeskCustomizer} beans.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(FeishuHelpdesk.class)
@ConditionalOnProperty(prefix = "helpdesk", name = "adapter", havingValue = "feishu", matchIfMissing = true)
class FeishuAdapterConfiguration {

  @Bean
  TokenRefreshes helpdeskTokenRefreshes() {
    return new TokenRefreshes();
  }

  @Bean
  @ConditionalOnMissingBean(Helpdesk.class)
  FeishuHelpdesk feishuHelpdesk(HelpdeskProperties properties, ObjectProvider<FeishuListener> listeners,
      ObjectProvider<SharedQuota> sharedQuota, ObjectProvider<FeishuHelpdeskCustomizer> customizers) {
    FeishuHelpdesk.Builder builder = FeishuSettings.builder(properties.feishu());
    builder.listener(new FeishuListeners(listeners.orderedStream().toList()));
    sharedQuota.ifAvailable(builder::sharedQuota);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    try {
      return builder.build();
    } catch (IllegalStateException refused) {
      throw HelpdeskSettingsException.invalid("helpdesk.feishu", refused.getMessage());
    }
  }

  /** The {@code faq.service.*} meters, when the application has a {@code MeterRegistry}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, MicrometerFeishuListener.class})
  static class Meters {

    @Bean
    FeishuListener helpdeskMeters(ObjectProvider<MeterRegistry> registry) {
      MeterRegistry meters = registry.getIfUnique();
      return meters == null ? FeishuListener.NONE : new MicrometerFeishuListener(meters);
    }
  }

  /** The quota shared with the other replicas, when {@code helpdesk.quota.permits} is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(RedisSharedQuota.class)
  @ConditionalOnProperty(prefix = "helpdesk.quota", name = "permits")
  static class Quota {

    @Bean
    @ConditionalOnMissingBean(SharedQuota.class)
    RedisSharedQuota helpdeskSharedQuota(HelpdeskProperties properties, Environment environment) {
      return SharedQuotaSettings.build(properties, environment);
    }
  }
}
