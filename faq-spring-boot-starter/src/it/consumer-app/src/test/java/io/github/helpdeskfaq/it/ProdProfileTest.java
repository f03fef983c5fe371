package io.github.helpdeskfaq.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Under the prod profile the application runs on the Feishu adapter, here pointed at the simulator on the loopback;
 * Actuator shows its health and meters, never a secret, even with the values shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1", "management.endpoint.configprops.show-values=always",
    "management.endpoint.env.show-values=always"})
@ActiveProfiles("prod")
class ProdProfileTest {

  @RegisterExtension
  static final FeishuSimulatorExtension FEISHU = new FeishuSimulatorExtension().serving(() -> FakeHelpdesk.builder()
      .faq(Faq.builder(FaqId.of("7000000000000000001")).question("Answered by Feishu?").build()).build());

  @DynamicPropertySource
  static void feishu(DynamicPropertyRegistry registry) {
    registry.add("helpdesk.feishu.base-url", () -> FEISHU.simulator().baseUrl());
    registry.add("helpdesk.feishu.app-id", () -> FEISHU.simulator().credentials().appId());
    registry.add("helpdesk.feishu.app-secret", () -> FEISHU.simulator().credentials().appSecret());
    registry.add("helpdesk.feishu.helpdesk-id", () -> FEISHU.simulator().credentials().helpdeskId());
    registry.add("helpdesk.feishu.helpdesk-token", () -> FEISHU.simulator().credentials().helpdeskToken());
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  Helpdesk helpdesk;

  @Test
  void answers_from_feishu() {
    assertThat(helpdesk).isInstanceOf(FeishuHelpdesk.class);
    assertThat(Http.get(port, "/faqs/7000000000000000001").body()).isEqualTo("Answered by Feishu?");
    assertThat(FEISHU.simulator().helpdeskRequests()).isPositive();
  }

  @Test
  void the_helpdesk_health_is_up_and_probes_send_nothing_to_feishu() {
    FeishuSimulator simulator = FEISHU.simulator();
    int before = simulator.requestCount();
    HttpResponse<String> helpdeskHealth = Http.get(port, "/actuator/health/helpdesk");
    for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
        "/actuator/health/helpdesk")) {
      assertThat(Http.get(port, probe).statusCode()).as(probe).isEqualTo(200);
    }
    assertThat(helpdeskHealth.body()).contains("\"status\":\"UP\"", "\"adapter\":\"feishu\"",
        "\"circuit\":\"closed\"");
    assertThat(simulator.requestCount()).as("requests to Feishu during the probes").isEqualTo(before);
  }

  @Test
  void the_liveness_group_leaves_the_helpdesk_out() {
    assertThat(Http.get(port, "/actuator/health").body()).contains("\"helpdesk\"");
    assertThat(Http.get(port, "/actuator/health/liveness").body()).doesNotContain("helpdesk");
  }

  @Test
  void metrics_list_the_faq_service_meters_after_a_call() {
    Http.get(port, "/faqs/7000000000000000001");
    assertThat(Http.get(port, "/actuator/metrics").body()).contains("\"faq.service.calls\"",
        "\"faq.service.requests\"");
    assertThat(Http.get(port, "/actuator/metrics/faq.service.calls").statusCode()).isEqualTo(200);
  }

  @Test
  void no_secret_in_actuator_with_the_values_shown() {
    Credentials secrets = FEISHU.simulator().credentials();
    String configprops = Http.get(port, "/actuator/configprops").body();
    assertThat(configprops).as("the values are shown").contains(secrets.appId());
    assertThat(Stream.of(configprops, Http.get(port, "/actuator/env").body(),
        Http.get(port, "/actuator/health").body()))
        .allSatisfy(body -> assertThat(body).doesNotContain(secrets.appSecret(), secrets.helpdeskToken()));
  }
}
