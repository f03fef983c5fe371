package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.CategoryRepository;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which beans the properties make, and that an application's own bean and the adapters' builders are respected. */
class HelpdeskAutoConfigurationTest {

  static final FaqId KNOWN = FaqId.of("7000000000000000001");

  @RegisterExtension
  final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension()
      .serving(() -> FakeHelpdesk.builder().faq(Faq.builder(KNOWN).question("On the wire?").build()).build());

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HelpdeskAutoConfiguration.class));

  static String[] credentials(FeishuSimulator simulator) {
    Credentials accepted = simulator.credentials();
    return new String[] {"helpdesk.feishu.base-url=" + simulator.baseUrl(),
        "helpdesk.feishu.app-id=" + accepted.appId(), "helpdesk.feishu.app-secret=" + accepted.appSecret(),
        "helpdesk.feishu.helpdesk-id=" + accepted.helpdeskId(),
        "helpdesk.feishu.helpdesk-token=" + accepted.helpdeskToken()};
  }

  @Test
  void makes_the_feishu_adapter_by_default_injectable_by_every_port_and_closes_it_with_the_context() {
    runner.withPropertyValues(credentials(feishu.simulator())).run(context -> {
      FeishuHelpdesk adapter = context.getBean(FeishuHelpdesk.class);
      assertThat(context.getBean(Helpdesk.class)).isSameAs(adapter);
      assertThat(context.getBean(FaqRepository.class)).isSameAs(adapter);
      assertThat(context.getBean(FaqCatalog.class)).isSameAs(adapter);
      assertThat(context.getBean(CategoryRepository.class)).isSameAs(adapter);
      assertThat(adapter.findById(KNOWN).flatMap(Faq::question)).contains("On the wire?");
      assertThat(context.getBeanFactory().getBeanDefinition("feishuHelpdesk").getDestroyMethodName())
          .as("closed with the context").isIn("(inferred)", "close");
    });
  }

  @Test
  void starts_from_the_builders_defaults_and_applies_every_property_set() {
    AtomicReference<String> defaults = new AtomicReference<>();
    runner.withPropertyValues(credentials(feishu.simulator()))
        .withBean(FeishuHelpdeskCustomizer.class, () -> builder -> defaults.set(builder.toString()))
        .run(context -> assertThat(context).hasNotFailed());
    String builderDefaults = FeishuHelpdesk.builder().toString();
    assertThat(settings(defaults.get())).isEqualTo(settings(builderDefaults));

    AtomicReference<String> tuned = new AtomicReference<>();
    runner.withPropertyValues(credentials(feishu.simulator()))
        .withPropertyValues("helpdesk.feishu.retry.max-attempts=1", "helpdesk.feishu.rate-limit.permits=7",
            "helpdesk.feishu.rate-limit.period=2s", "helpdesk.feishu.read-timeout=1500ms",
            "helpdesk.feishu.circuit-breaker.window-calls=8", "helpdesk.feishu.circuit-breaker.minimum-calls=4",
            "helpdesk.feishu.page-size=20", "helpdesk.feishu.connection-pool.max-idle-connections=0",
            "helpdesk.feishu.connect-timeout=7s", "helpdesk.feishu.call-timeout=41s",
            "helpdesk.feishu.rate-limit.max-wait=3500ms", "helpdesk.feishu.retry.backoff-initial=150ms",
            "helpdesk.feishu.retry.backoff-max=7s", "helpdesk.feishu.retry.max-elapsed=33s",
            "helpdesk.feishu.circuit-breaker.failure-rate=35", "helpdesk.feishu.circuit-breaker.open-duration=17s",
            "helpdesk.feishu.circuit-breaker.half-open-calls=2", "helpdesk.feishu.user-access-token=u-fixed-token")
        .withBean(FeishuHelpdeskCustomizer.class, () -> builder -> tuned.set(builder.toString()))
        .run(context -> assertThat(context).hasNotFailed());
    assertThat(tuned.get()).contains("retryMaxAttempts=1", "rateLimit=7 per PT2S", "readTimeout=PT1.5S",
        "circuitBreakerWindow=8 calls (minimum 4)", "pageSize=20", "connectionPool=0 idle", "connectTimeout=PT7S",
        "callTimeout=PT41S", "maxWaitForPermit=PT3.5S", "retryBackoff=PT0.15S..PT7S", "retryMaxElapsed=PT33S",
        "circuitBreakerFailureRate=35.0%", "circuitBreakerOpenDuration=PT17S", "circuitBreakerHalfOpenCalls=2",
        "userTokens=fixed").doesNotContain("u-fixed-token");
  }

  @Test
  void the_feishu_settings_describe_themselves_with_the_secrets_masked() {
    runner.withPropertyValues(credentials(feishu.simulator())).run(context -> {
      String described = context.getBean(HelpdeskProperties.class).feishu().toString();
      Credentials accepted = feishu.simulator().credentials();

      assertThat(described).contains("appId=" + accepted.appId(), "appSecret=****", "helpdeskToken=****",
          "userAccessToken=null").doesNotContain(accepted.appSecret(), accepted.helpdeskToken());
    });
  }

  /** The builder's description from the first tuning setting on: what the properties may change. */
  private static String settings(String builder) {
    return builder.substring(builder.indexOf("connectTimeout="), builder.indexOf(", sharedQuota="));
  }

  @Test
  void an_applications_own_helpdesk_that_only_reads_gets_the_cache_in_front_and_no_writer() {
    FakeHelpdesk underneath = FakeHelpdesk.builder().faq(Faq.builder(KNOWN).question("Mine?").build()).build();
    Helpdesk readOnly = new ForwardingHelpdesk(underneath) { };
    runner.withBean(Helpdesk.class, () -> readOnly).withPropertyValues("helpdesk.cache.time-to-live=1m")
        .run(context -> {
          Helpdesk helpdesk = context.getBean(Helpdesk.class);
          assertThat(helpdesk).isSameAs(context.getBean(CachingHelpdesk.class));
          assertThat(context).doesNotHaveBean(KnowledgeBaseWriter.class);
          helpdesk.findById(KNOWN);
          helpdesk.findById(KNOWN);
          assertThat(underneath.calls()).as("the second lookup is the cache's").hasSize(1);
        });
  }

  @Test
  void an_applications_own_helpdesk_wins_and_needs_no_credentials() {
    FakeHelpdesk own = FakeHelpdesk.builder().build();
    runner.withBean(Helpdesk.class, () -> own).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(FeishuHelpdesk.class);
      assertThat(context.getBean(FaqRepository.class)).isSameAs(own);
    });
  }

  @Test
  void makes_the_fake_from_feishu_documents_with_their_categories_and_the_images_beside_them() {
    runner.withPropertyValues("helpdesk.adapter=fake", "helpdesk.fake.data=classpath:fake/faqs.json")
        .run(context -> {
          FakeHelpdesk fake = context.getBean(FakeHelpdesk.class);
          assertThat(context).doesNotHaveBean(FeishuHelpdesk.class);
          assertThat(context.getBean(FaqRepository.class)).isSameAs(fake);
          assertThat(fake.findById(KNOWN).flatMap(Faq::question)).contains("Where do I find the helpdesk QR code?");
          assertThat(fake.readImage(KNOWN, ImageKey.of("img_qr"), image -> image.contentType()))
              .contains("image/png");
          assertThat(fake.categoryTree()).extracting(node -> node.category().name())
              .containsExactly(java.util.Optional.of("Getting started"));
          assertThat(fake.categoryTree()).flatExtracting(CategoryNode::children).isEmpty();
        });
  }

  @Test
  void makes_an_empty_fake_without_data() {
    runner.withPropertyValues("helpdesk.adapter=FAKE")
        .run(context -> assertThat(context.getBean(FakeHelpdesk.class).findById(KNOWN)).isEmpty());
  }

  @Test
  void puts_the_cache_in_front_when_a_time_to_live_is_set_and_leaves_the_adapter_injectable() {
    runner.withPropertyValues("helpdesk.adapter=fake", "helpdesk.fake.data=classpath:fake/faqs.json",
        "helpdesk.cache.time-to-live=1m").run(context -> {
          Helpdesk helpdesk = context.getBean(Helpdesk.class);
          FakeHelpdesk fake = context.getBean(FakeHelpdesk.class);
          assertThat(helpdesk).isNotSameAs(fake);
          assertThat(context.getBean(FaqRepository.class)).isSameAs(helpdesk);
          assertThat(context.getBean(KnowledgeBaseWriter.class)).as("writes go through the cache")
              .isSameAs(helpdesk);

          helpdesk.findById(KNOWN);
          helpdesk.findById(KNOWN);
          assertThat(fake.calls()).as("the second lookup is the cache's").hasSize(1);
          assertThat(context.getBean(CachingHelpdesk.class).estimatedSize()).isOne();
          context.getBean(WritableHelpdesk.class).deleteFaq(KNOWN);
          assertThat(helpdesk.findById(KNOWN)).as("a read after a write through the bean").isEmpty();
        });
  }

  @Test
  void has_no_cache_without_a_time_to_live() {
    runner.withPropertyValues("helpdesk.adapter=fake")
        .run(context -> assertThat(context).doesNotHaveBean(CachingHelpdesk.class));
  }

  @Test
  void fails_when_a_property_asks_for_a_module_that_is_not_there() {
    runner.withClassLoader(new FilteredClassLoader(CachingHelpdesk.class))
        .withPropertyValues("helpdesk.adapter=fake", "helpdesk.cache.time-to-live=1m")
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(HelpdeskSettingsException.class)
            .hasMessageContaining("helpdesk.cache.time-to-live").hasMessageContaining("faq-cache"));
  }
}
