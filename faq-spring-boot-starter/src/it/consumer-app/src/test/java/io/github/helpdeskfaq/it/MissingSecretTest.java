package io.github.helpdeskfaq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile without the app secret: start-up fails, and Spring Boot's failure analysis names the property. */
class MissingSecretTest {

  @Test
  void start_up_fails_naming_the_missing_property() {
    RecordedFailureAnalyses.clear();
    assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerApplication.class).profiles("prod")
        .properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=off",
            "helpdesk.feishu.app-id=cli_consumer", "helpdesk.feishu.helpdesk-id=1",
            "helpdesk.feishu.helpdesk-token=helpdesk-token-of-the-test")
        .run()).isNotNull();
    assertThat(RecordedFailureAnalyses.all()).singleElement().satisfies(analysis -> {
      assertThat(analysis.getDescription()).contains("helpdesk.feishu.app-secret");
      assertThat(analysis.getAction()).contains("helpdesk.feishu.app-secret");
    });
  }
}
