package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.embedded.RedisServer;

/** helpdesk.quota.permits puts the quota in the application's own Redis, read from spring.data.redis.*. */
class SharedQuotaWiringTest {

  private static RedisServer redis;
  private static int port;

  @RegisterExtension
  final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension().serving(() -> FakeHelpdesk.builder()
      .faq(Faq.builder(HelpdeskAutoConfigurationTest.KNOWN).question("On the wire?").build()).build());

  @BeforeAll
  static void startRedis() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
        .setting("appendonly no").soutListener(line -> { }).serrListener(line -> { }).build();
    redis.start();
  }

  @AfterAll
  static void stopRedis() throws IOException {
    redis.stop();
  }

  @Test
  void the_adapter_takes_its_permits_from_the_applications_redis_too() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HelpdeskAutoConfiguration.class))
        .withPropertyValues(HelpdeskAutoConfigurationTest.credentials(feishu.simulator()))
        .withPropertyValues("helpdesk.quota.permits=50", "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.port=" + port)
        .run(context -> {
          FeishuHelpdesk adapter = context.getBean(FeishuHelpdesk.class);
          assertThat(context.getBean(RedisSharedQuota.class).toString()).contains("127.0.0.1:" + port, "50 per");
          adapter.findById(HelpdeskAutoConfigurationTest.KNOWN);
          assertThat(adapter.health().sharedQuota()).isEqualTo(SharedQuotaState.SHARED);
          assertThat(context.getBeanFactory().getBeanDefinition("helpdeskSharedQuota").getDestroyMethodName())
              .as("closed with the context").isIn("(inferred)", "close");
        });
  }
}
