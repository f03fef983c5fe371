package io.github.helpdeskfaq.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Without the prod profile the application runs on the fake, with its data; a test seeds it and breaks it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class FakeAdapterTest {

  @Value("${local.server.port}")
  int port;

  @Autowired
  FakeHelpdesk fake;

  @Autowired
  Helpdesk helpdesk;

  @AfterEach
  void heal() {
    fake.clearFaults();
  }

  @Test
  void answers_from_the_fakes_data() {
    assertThat(helpdesk).isSameAs(fake);
    assertThat(Http.get(port, "/faqs/7000000000000000001").body()).isEqualTo("Where do I find the helpdesk QR code?");
    assertThat(Http.get(port, "/faqs/7999999999999999999").statusCode()).isEqualTo(404);
  }

  @Test
  void the_fake_is_seeded_and_broken_by_the_test() {
    fake.put(Faq.builder(FaqId.of("42")).question("Seeded by the test?").build());
    assertThat(Http.get(port, "/faqs/42").body()).isEqualTo("Seeded by the test?");

    fake.failNextCalls(1, () -> new FaqServiceUnavailableException("down", null, null, 1, null));
    assertThat(Http.get(port, "/faqs/42").statusCode()).isEqualTo(503);
  }

  @Test
  void the_helpdesk_health_is_up() {
    assertThat(Http.get(port, "/actuator/health/helpdesk").body()).contains("\"status\":\"UP\"")
        .contains("\"adapter\":\"fake\"");
  }
}
