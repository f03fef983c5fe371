package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.feishu.simulator.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

/** The Feishu adapter never starts short of a setting: start-up fails, and the failure analysis names what to set. */
class StartupFailureTest {

  private static final Credentials SECRETS = Credentials.DEFAULT;

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HelpdeskAutoConfiguration.class));

  @Test
  void a_missing_secret_fails_start_up_naming_the_property_and_never_falls_back_to_the_fake() {
    runner.withPropertyValues("helpdesk.feishu.app-id=cli_1", "helpdesk.feishu.helpdesk-id=1",
        "helpdesk.feishu.helpdesk-token=" + SECRETS.helpdeskToken()).run(analysed(analysis -> {
          assertThat(analysis.getDescription()).isEqualTo("helpdesk.adapter=feishu needs "
              + "helpdesk.feishu.app-secret, which is not set.");
          assertThat(analysis.getAction()).contains("Set helpdesk.feishu.app-secret", "helpdesk.adapter=fake");
          assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRETS.helpdeskToken());
        }));
  }

  @Test
  void names_every_missing_credential_at_once() {
    runner.withPropertyValues("helpdesk.adapter=feishu").run(analysed(analysis ->
        assertThat(analysis.getDescription()).contains("helpdesk.feishu.app-id, helpdesk.feishu.app-secret, "
            + "helpdesk.feishu.helpdesk-id, helpdesk.feishu.helpdesk-token, which are not set")));
  }

  @Test
  void a_value_the_builder_refuses_fails_naming_the_property_and_the_builders_reason() {
    runner.withPropertyValues("helpdesk.feishu.app-id=cli_1", "helpdesk.feishu.app-secret=" + SECRETS.appSecret(),
        "helpdesk.feishu.helpdesk-id=1", "helpdesk.feishu.helpdesk-token=" + SECRETS.helpdeskToken(),
        "helpdesk.feishu.retry.max-attempts=0").run(analysed(analysis -> {
          assertThat(analysis.getDescription()).startsWith("Invalid value of helpdesk.feishu.retry.max-attempts: ")
              .contains("retryMaxAttempts").doesNotContain(SECRETS.appSecret(), SECRETS.helpdeskToken());
          assertThat(analysis.getAction()).isEqualTo("Correct helpdesk.feishu.retry.max-attempts.");
        }));
  }

  @ParameterizedTest
  @CsvSource({"time-to-live=0s, time-to-live", "maximum-size=0, maximum-size",
      "not-found-time-to-live=-1s, not-found-time-to-live"})
  void a_cache_value_the_cache_refuses_fails_naming_the_property(String setting, String property) {
    runner.withPropertyValues("helpdesk.adapter=fake", "helpdesk.cache.time-to-live=1m", "helpdesk.cache." + setting)
        .run(analysed(analysis -> {
          assertThat(analysis.getDescription()).startsWith("Invalid value of helpdesk.cache." + property + ": ");
          assertThat(analysis.getAction()).isEqualTo("Correct helpdesk.cache." + property + ".");
        }));
  }

  @Test
  void a_shared_quota_timeout_the_quota_refuses_fails_naming_the_property() {
    runner.withPropertyValues("helpdesk.feishu.app-id=cli_1", "helpdesk.feishu.app-secret=" + SECRETS.appSecret(),
        "helpdesk.feishu.helpdesk-id=1", "helpdesk.feishu.helpdesk-token=" + SECRETS.helpdeskToken(),
        "helpdesk.quota.permits=10", "helpdesk.quota.redis-url=redis://127.0.0.1:1", "helpdesk.quota.timeout=0s")
        .run(analysed(analysis -> assertThat(analysis.getDescription())
            .startsWith("Invalid value of helpdesk.quota.timeout: ")));
  }

  @Test
  void fake_data_that_is_not_in_feishus_format_fails_naming_the_property() {
    runner.withPropertyValues("helpdesk.adapter=fake", "helpdesk.fake.data=classpath:fake/broken.json")
        .run(analysed(analysis -> assertThat(analysis.getDescription())
            .startsWith("Invalid value of helpdesk.fake.data: class path resource [fake/broken.json] is not one "
                + "Feishu FAQ-detail response")));
  }

  @Test
  void the_analyzer_is_registered_where_spring_boot_looks_for_it() throws IOException {
    Properties factories = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring.factories")) {
      factories.load(in);
    }
    assertThat(factories.getProperty(FailureAnalyzer.class.getName()))
        .isEqualTo(HelpdeskFailureAnalyzer.class.getName());
  }

  /** Runs the failure through the analyzer, as Spring Boot does at start-up. */
  private static ContextConsumer<AssertableApplicationContext> analysed(Consumer<FailureAnalysis> check) {
    return context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new HelpdeskFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).as("analysed: %s", Arrays.toString(context.getStartupFailure().getStackTrace()))
          .isNotNull();
      check.accept(analysis);
    };
  }
}
