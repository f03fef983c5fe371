package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a struggling Feishu sends, with the default retries: each case checks the answer and the number of requests
 * the server saw. Slow answers run on the real clock, bounded by short timeouts; other waits are recorded only.
 */
class FaultInjectionTest {

  private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
  /** What a call may take beyond its timeouts and waits: the machine's slack. */
  private static final long MARGIN_MS = 700;

  @RegisterExtension
  final LoopbackFeishu loopback = LoopbackFeishu.start();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void answers_slower_than_the_read_timeout_are_unavailable_within_the_timeout() {
    FeishuFaqRepository repository = loopback.withTokenSource().readTimeout(READ_TIMEOUT).retryMaxAttempts(1)
        .build();
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.slow(Duration.ofMillis(700)));
    long started = System.nanoTime();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("SocketTimeoutException");

    assertThat(millisSince(started)).isBetween(READ_TIMEOUT.toMillis(), READ_TIMEOUT.toMillis() + MARGIN_MS);
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void retries_slow_answers_only_within_the_retry_budget() {
    FeishuFaqRepository repository = loopback.withTokenSource().readTimeout(READ_TIMEOUT)
        .retryClock(RetryClock.SYSTEM).retryMaxAttempts(5).retryBackoff(Duration.ofMillis(10), Duration.ofMillis(10))
        .retryMaxElapsed(Duration.ofMillis(400)).build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, () -> LoopbackFeishu.slow(Duration.ofMillis(700)));
    long started = System.nanoTime();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("SocketTimeoutException").hasMessageEndingWith("(after 2 attempts)");

    assertThat(feishu.helpdeskRequests()).as("a retry after 300 ms fits in 400 ms; one after 600 ms does not")
        .isEqualTo(2);
    assertThat(millisSince(started)).as("the budget plus one attempt")
        .isBetween(2 * READ_TIMEOUT.toMillis(), 400 + READ_TIMEOUT.toMillis() + MARGIN_MS);
  }

  @Test
  void a_connection_dropped_mid_body_is_retried() {
    FeishuFaqRepository repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, LoopbackFeishu::droppedMidBody);

    assertThat(repository.findById(KNOWN_FAQ_ID)).contains(ContractData.knownFaq());
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
  }

  @Test
  void connections_dropped_mid_body_every_time_are_unavailable_after_three_attempts() {
    FeishuFaqRepository repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, LoopbackFeishu::droppedMidBody);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageEndingWith("(after 3 attempts)");
    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
  }

  @Test
  void truncated_json_is_unavailable_and_not_retried() {
    FeishuFaqRepository repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuSimulator.json(200,
        "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{\"faq_id\":\"69"));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("ends too early");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void a_gateways_html_502_page_is_retried_then_unavailable() {
    FeishuFaqRepository repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, LoopbackFeishu::gatewayPage);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("HTTP 502 with a text/html body").hasMessageEndingWith("(after 3 attempts)");
    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
    assertThat(loopback.retryClock.waits()).hasSize(2);
  }

  @Test
  void json_of_the_wrong_shape_is_unavailable_and_not_retried() {
    FeishuFaqRepository repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuSimulator.json(200,
        "{\"code\":0,\"data\":{\"faq\":{\"categories\":{\"not\":\"a list\"}}}}"));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("$.data.faq.categories");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
