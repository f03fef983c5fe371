package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a struggling Feishu sends, with the default retries: each case checks the answer and the number of requests
 * the server saw. Slow answers are cut by a short read timeout; retry waits are recorded, never slept.
 */
class FaultInjectionTest {

  /** Far above a loaded machine's loopback answer, far below the slow answer's delay. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration SLOWER = Duration.ofSeconds(6);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void an_answer_slower_than_the_read_timeout_is_unavailable() {
    FeishuHelpdesk repository = loopback.withTokenSource().readTimeout(READ_TIMEOUT).retryMaxAttempts(1)
        .build();
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.slow(SLOWER));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("SocketTimeoutException");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void a_slow_answer_is_retried_and_the_next_one_read() {
    FeishuHelpdesk repository = loopback.withTokenSource().readTimeout(READ_TIMEOUT).build();
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.slow(SLOWER));

    assertThat(repository.findById(KNOWN_FAQ_ID)).contains(ContractData.knownFaq());
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    assertThat(loopback.retryClock.waits()).hasSize(1);
  }

  @Test
  void a_connection_dropped_mid_body_is_retried() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, LoopbackFeishu::droppedMidBody);

    assertThat(repository.findById(KNOWN_FAQ_ID)).contains(ContractData.knownFaq());
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
  }

  @Test
  void connections_dropped_mid_body_every_time_are_unavailable_after_three_attempts() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, LoopbackFeishu::droppedMidBody);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageEndingWith("(after 3 attempts)");
    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
  }

  @Test
  void truncated_json_is_unavailable_and_not_retried() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200,
        "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{\"faq_id\":\"69"));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("ends too early");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void a_gateways_html_502_page_is_retried_then_unavailable() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::gatewayPage);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("HTTP 502 with a text/html body").hasMessageEndingWith("(after 3 attempts)");
    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
    assertThat(loopback.retryClock.waits()).hasSize(2);
  }

  @Test
  void json_of_the_wrong_shape_is_unavailable_and_not_retried() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200,
        "{\"code\":0,\"data\":{\"faq\":{\"categories\":{\"not\":\"a list\"}}}}"));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("$.data.faq.categories");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }
}
