package io.github.helpdeskfaq.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Feishu adapter recording to Micrometer through the listener, against the simulated Feishu. */
class FeishuAdapterMetricsTest {

  private static final FaqId FAQ = FaqId.of("6936004780707807231");
  private static final FaqId MISSING = FaqId.of("6936004780707800404");
  private static final Credentials APP = Credentials.DEFAULT;

  private final FeishuSimulator feishu = FeishuSimulator.start().faq(FAQ.value(), "{\"code\":0,\"msg\":\"success\","
      + "\"data\":{\"faq\":{\"faq_id\":\"" + FAQ.value() + "\",\"question\":\"q\",\"answer\":\"a\"}}}");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void close() {
    feishu.close();
  }

  @Test
  void records_the_adapters_calls_requests_429s_retries_and_token_refreshes_without_a_secret_or_an_id() {
    FeishuHelpdesk repository = FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .appCredentials(APP.appId(), APP.appSecret())
        .helpdeskCredentials(APP.helpdeskId(), APP.helpdeskToken())
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
        .listener(new MicrometerFeishuListener(registry))
        .build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);

    assertThat(repository.findById(FAQ)).isPresent();
    assertThat(repository.findById(MISSING)).isEmpty();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(null));
    assertThat(repository.findById(FAQ)).as("retried after a 429 without a reset").isPresent();

    assertThat(registry.get("faq.service.calls").tags("endpoint", "faq", "outcome", "success").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("faq.service.calls").tags("endpoint", "faq", "outcome", "not_found").timer().count())
        .isOne();
    assertThat(registry.get("faq.service.requests").tags("endpoint", "faq", "outcome", "server_failure").timer()
        .count()).isOne();
    assertThat(registry.get("faq.service.requests").tags("endpoint", "faq", "outcome", "rate_limited").timer()
        .count()).isOne();
    assertThat(registry.get("faq.service.requests").tags("endpoint", "access_token", "outcome", "success").timer()
        .count()).isOne();
    assertThat(registry.get("faq.service.retries").tags("endpoint", "faq", "cause", "server_failure").counter()
        .count()).isOne();
    assertThat(registry.get("faq.service.retries").tags("endpoint", "faq", "cause", "rate_limited").counter()
        .count()).isOne();
    assertThat(registry.get("faq.service.token.refreshes").tags("result", "issued").counter().count()).isOne();
    assertThat(registry.get("faq.service.permit.waits").tags("limiter", "local", "result", "granted").timer()
        .count()).as("a token request, 500 and retry, a missing FAQ, 429 and retry").isEqualTo(6);
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue()).doesNotContain(FAQ.value(), MISSING.value(), APP.appId(), APP.appSecret(),
            APP.helpdeskId(), APP.helpdeskToken(), "127.0.0.1", "t-");
      }
    }
  }
}
