package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retries under fault injection: what is retried, how long it waits (the reset Feishu names, else exponential
 * backoff with jitter), and what bounds it (attempts, the time budget). Waits are recorded on a clock that does not
 * sleep, and each failure says how many requests it made.
 */
class RetryTest {

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void waits_the_reset_that_feishu_names_then_succeeds() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(2, () -> FeishuResponses.rateLimited(1));

    assertThat(repository.findById(KNOWN_FAQ_ID)).contains(ContractData.knownFaq());

    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
    assertThat(loopback.retryClock.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void backs_off_exponentially_with_jitter_when_feishu_names_no_reset() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(4)
        .retryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)).build();
    feishu.failNextHelpdeskCalls(3, () -> FeishuResponses.rateLimited(null));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(feishu.helpdeskRequests()).isEqualTo(4);
    assertThat(loopback.retryClock.waits()).satisfiesExactly(
        first -> assertThat(first.toMillis()).isBetween(50L, 150L),
        second -> assertThat(second.toMillis()).isBetween(100L, 300L),
        third -> assertThat(third.toMillis()).isBetween(200L, 600L));
  }

  @Test
  void draws_the_jitter_anew_for_every_wait_and_never_waits_longer_than_the_max() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(6)
        .retryBackoff(Duration.ofMillis(100), Duration.ofMillis(250)).circuitBreakerWindow(100, 100)
        .rateLimit(1000, Duration.ofSeconds(1)).build();

    for (int call = 0; call < 10; call++) {
      feishu.failNextHelpdeskCalls(5, FeishuResponses::serverError);
      assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    }

    List<Duration> waits = loopback.retryClock.waits();
    assertThat(waits).hasSize(50).allSatisfy(wait -> assertThat(wait.toMillis()).isBetween(50L, 250L));
    assertThat(waits.stream().distinct().count()).as("jitter").isGreaterThan(10);
  }

  @Test
  void retries_transport_failures_timeouts_and_5xx() {
    FeishuHelpdesk repository = loopback.withTokenSource().readTimeout(Duration.ofSeconds(2))
        .retryMaxAttempts(5).build();
    feishu.failNextHelpdeskCalls(1, LoopbackFeishu::droppedMidBody);
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.slow(Duration.ofSeconds(6)));
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::gatewayPage);
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, "{\"code\":155000,\"msg\":\"Internal error\"}"));
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(feishu.helpdeskRequests()).isEqualTo(8);
    assertThat(loopback.retryClock.waits()).hasSize(4);
  }

  @Test
  void does_not_retry_an_answer_that_arrived_whole_but_cannot_be_read() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"faq\":{\"id\":"));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("could not be read");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void fails_at_once_with_the_reset_when_it_ends_after_the_budget() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxElapsed(Duration.ofSeconds(5)).build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(6));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("retry after 6 s").hasMessageNotContaining("attempts")
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).retryAfter()).contains(Duration.ofSeconds(6)));
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
    assertThat(loopback.retryClock.waits()).isEmpty();
  }

  @Test
  void stops_when_the_next_wait_would_end_after_the_budget() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(10)
        .retryMaxElapsed(Duration.ofMillis(2500)).build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, () -> FeishuResponses.rateLimited(1));

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageEndingWith("(after 3 attempts)");

    assertThat(loopback.retryClock.waits()).as("1 s + 1 s fit in 2.5 s; a third would not")
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
  }

  @Test
  void stops_after_the_attempts_and_says_how_many() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(2).build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::serverError);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000")
        .hasMessageEndingWith("(after 2 attempts)")
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).attempts()).isEqualTo(2));
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
  }

  @Test
  void makes_one_attempt_when_told_to() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(1).build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageNotContaining("attempts");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void retries_opening_an_image_then_hands_the_reader_the_bytes() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::gatewayPage);

    assertThat(repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> image.stream().readAllBytes()))
        .hasValue(LoopbackFeishu.IMAGE);
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
  }

  @Test
  void never_retries_an_image_transfer_that_broke_off_after_the_reader_began() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.image().withBody(new byte[64 * 1024])
        .brokenOffMidBody());

    assertThat(catchThrowable(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY,
        image -> image.stream().readAllBytes())))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("broke off");
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
    assertThat(loopback.retryClock.waits()).isEmpty();
  }

  @Test
  void gives_up_with_the_last_answer_when_interrupted_while_waiting() {
    RetryClock interrupted = new RetryClock() {
      @Override
      public long nanoTime() {
        return 0;
      }

      @Override
      public void sleep(Duration wait) throws InterruptedException {
        throw new InterruptedException();
      }
    };
    FeishuHelpdesk repository = loopback.withTokenSource().retryClock(interrupted).build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);

    try {
      assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000")
          .hasMessageContaining("interrupted while waiting to retry");
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }
}
