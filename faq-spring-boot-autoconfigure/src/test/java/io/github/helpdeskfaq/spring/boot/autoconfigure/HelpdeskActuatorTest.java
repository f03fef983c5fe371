package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.TokenRefresh;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health contributor, read without a request, and the meters, on Boot 3.5 (src/it proves Boot 4.0). */
class HelpdeskActuatorTest {

  @RegisterExtension
  final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension().serving(() -> FakeHelpdesk.builder()
      .faq(Faq.builder(HelpdeskAutoConfigurationTest.KNOWN).question("On the wire?").build()).build());

  final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
      MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
      SimpleMetricsExportAutoConfiguration.class, HelpdeskAutoConfiguration.class,
      HelpdeskActuatorAutoConfiguration.class));

  @Test
  void the_helpdesk_contributor_reports_the_adapters_state_and_sends_nothing_to_feishu() {
    FeishuSimulator simulator = feishu.simulator();
    runner.withPropertyValues(HelpdeskAutoConfigurationTest.credentials(simulator)).run(context -> {
      HealthIndicator indicator = context.getBean("helpdeskHealthIndicator", HealthIndicator.class);
      for (int probe = 0; probe < 5; probe++) {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      }
      assertThat(simulator.requestCount()).as("probes send nothing").isZero();

      context.getBean(FaqRepository.class).findById(HelpdeskAutoConfigurationTest.KNOWN);
      assertThat(indicator.health().getDetails()).containsEntry("adapter", "feishu")
          .containsEntry("circuit", "closed").containsEntry("token", "issued").containsEntry("sharedQuota", "none");
      assertThat(indicator.health().getDetails().toString())
          .doesNotContain(simulator.credentials().appSecret(), simulator.credentials().helpdeskToken());
    });
  }

  @Test
  void the_fake_is_up() {
    runner.withPropertyValues("helpdesk.adapter=fake").run(context -> assertThat(
        context.getBean("helpdeskHealthIndicator", HealthIndicator.class).health().getDetails())
        .containsEntry("adapter", "fake"));
  }

  @Test
  void is_down_while_the_breaker_is_open_or_the_latest_token_refresh_failed() {
    FeishuHealth open = new FeishuHealth(CircuitState.OPEN, OptionalDouble.of(100), 10, 10, 25, false,
        SharedQuotaState.NONE);
    FeishuHealth closed = new FeishuHealth(CircuitState.CLOSED, OptionalDouble.empty(), 0, 0, 25, false,
        SharedQuotaState.LOCAL_FALLBACK);
    assertThat(HelpdeskHealth.feishu(open, Optional.of(TokenRefresh.ISSUED)).status())
        .isEqualTo(HelpdeskHealth.Status.DOWN);
    assertThat(HelpdeskHealth.feishu(closed, Optional.of(TokenRefresh.FAILED)).status())
        .isEqualTo(HelpdeskHealth.Status.DOWN);
    HelpdeskHealth.Report fine = HelpdeskHealth.feishu(closed, Optional.empty());
    assertThat(fine.status()).isEqualTo(HelpdeskHealth.Status.UP);
    assertThat(fine.details()).containsEntry("token", "none_yet").containsEntry("sharedQuota", "local_fallback")
        .doesNotContainKey("failureRate");
  }

  @Test
  void reports_the_breakers_failure_rate_once_it_has_one() {
    FeishuHealth open = new FeishuHealth(CircuitState.OPEN, OptionalDouble.of(62.5), 8, 5, 25, false,
        SharedQuotaState.SHARED);

    assertThat(HelpdeskHealth.feishu(open, Optional.empty()).details()).containsEntry("failureRate", 62.5)
        .containsEntry("sharedQuota", "shared");
  }

  @Test
  void a_call_shows_in_the_faq_service_meters_and_cache_lookups_in_the_cache_meters() {
    runner.withPropertyValues(HelpdeskAutoConfigurationTest.credentials(feishu.simulator()))
        .withPropertyValues("helpdesk.cache.time-to-live=1m").run(context -> {
          context.getBean(FaqRepository.class).findById(HelpdeskAutoConfigurationTest.KNOWN);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("faq.service.calls").tag("endpoint", "faq").tag("outcome", "success").timer()
              .count()).isEqualTo(1);
          assertThat(registry.get("cache.gets").tag("cache", "helpdesk").tag("result", "miss").functionCounter()
              .count()).isEqualTo(1);
        });
  }

  @Test
  void no_meters_without_a_registry() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HelpdeskAutoConfiguration.class))
        .withPropertyValues(HelpdeskAutoConfigurationTest.credentials(feishu.simulator()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MeterRegistry.class)
            .getBean("helpdeskMeters").isSameAs(io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.NONE));
  }
}
