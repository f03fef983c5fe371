package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Actuator for the helpdesk, on either Spring Boot line: the health contributor {@code helpdesk}
 * ({@link HelpdeskHealth}), made for the line's own health API by the one of the two nested configurations whose API
 * is on the class path, and left out of the liveness group as every contributor is unless configured in; and the
 * {@link SanitizingFunction} that masks the starter's secrets.
 */
@AutoConfiguration(after = HelpdeskAutoConfiguration.class)
@ConditionalOnClass({FeishuHelpdesk.class, FakeHelpdesk.class})
public class HelpdeskActuatorAutoConfiguration {

  @Bean
  HelpdeskHealth helpdeskHealth(ObjectProvider<FeishuHelpdesk> feishu, ObjectProvider<FakeHelpdesk> fake,
      ObjectProvider<TokenRefreshes> tokens) {
    return new HelpdeskHealth(feishu, fake, tokens);
  }

  /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(org.springframework.boot.actuate.health.HealthIndicator.class)
  static class Boot3Health {

    @Bean
    @ConditionalOnMissingBean(name = "helpdeskHealthIndicator")
    @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator("helpdesk")
    org.springframework.boot.actuate.health.HealthIndicator helpdeskHealthIndicator(HelpdeskHealth health) {
      return () -> {
        HelpdeskHealth.Report report = health.check();
        return org.springframework.boot.actuate.health.Health.status(report.status().name())
            .withDetails(report.details()).build();
      };
    }
  }

  /** Spring Boot 4: {@code org.springframework.boot.health.contributor}, in spring-boot-health. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(org.springframework.boot.health.contributor.HealthIndicator.class)
  static class Boot4Health {

    @Bean
    @ConditionalOnMissingBean(name = "helpdeskHealthIndicator")
    @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator("helpdesk")
    org.springframework.boot.health.contributor.HealthIndicator helpdeskHealthIndicator(HelpdeskHealth health) {
      return () -> {
        HelpdeskHealth.Report report = health.check();
        return org.springframework.boot.health.contributor.Health.status(report.status().name())
            .withDetails(report.details()).build();
      };
    }
  }

  /** The starter's secrets masked in {@code /actuator/configprops} and {@code /actuator/env}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class Secrets {

    @Bean
    SanitizingFunction helpdeskSecretsSanitizer(HelpdeskProperties properties, Environment environment) {
      return new HelpdeskSecrets(() -> {
        List<String> secrets = new ArrayList<>();
        secrets.add(properties.feishu().appSecret());
        secrets.add(properties.feishu().helpdeskToken());
        secrets.add(properties.feishu().userAccessToken());
        secrets.add(properties.quota().redisUrl());
        secrets.add(Binder.get(environment).bind("spring.data.redis.password", String.class).orElse(null));
        return secrets;
      });
    }
  }
}
