package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code helpdesk.adapter=fake}: the in-memory fake, seeded from {@code helpdesk.fake.data}; a test injects the
 * {@link FakeHelpdesk} bean to seed it further and to inject faults.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(FakeHelpdesk.class)
@ConditionalOnProperty(prefix = "helpdesk", name = "adapter", havingValue = "fake")
class FakeAdapterConfiguration {

  @Bean
  @ConditionalOnMissingBean(Helpdesk.class)
  FakeHelpdesk fakeHelpdesk(HelpdeskProperties properties) {
    return FakeContent.load(properties.fake().data());
  }
}
