package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-side rate limit, by counted permits and requests: a call waits for a permit up to the longest wait,
 * then fails without a request, and throttling is logged once when it starts and once when it ends. Nothing here
 * asserts how long anything took: Resilience4j's limiter runs on the system's clock, so permits are renewed hourly
 * where their count must be exact, and the end of throttling is measured on the test's retry clock.
 */
class RateLimitTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  @Timeout(10)
  void waits_for_a_permit_of_the_next_period_when_allowed_to() {
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(1, Duration.ofMillis(50))
        .maxWaitForPermit(Duration.ofSeconds(5)).build();

    for (int call = 0; call < 3; call++) {
      assertThat(repository.findById(KNOWN_FAQ_ID)).as("call %d, after waiting for its permit", call).isPresent();
    }

    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
    assertThat(repository.health().throttled()).isFalse();
  }

  @Test
  void fails_at_once_without_a_request_when_told_not_to_wait() {
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(2, HOUR).maxWaitForPermit(Duration.ZERO)
        .build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    assertThat(repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")).contains("read");

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("throttled client-side")
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).attempts()).isZero());
    assertThat(catchThrowable(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("throttled client-side");

    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    assertThat(repository.health().throttled()).isTrue();
    assertThat(repository.health().availablePermits()).isZero();
  }

  @Test
  void fails_after_the_longest_wait_when_no_permit_comes() {
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(1, HOUR)
        .maxWaitForPermit(Duration.ofMillis(50)).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("within 50 ms")
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).retryAfter()).contains(HOUR));

    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  @Timeout(10)
  void logs_throttling_once_when_it_starts_and_once_when_it_ends() {
    Duration period = Duration.ofMillis(100);
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(1, period)
        .maxWaitForPermit(Duration.ZERO).build();

    try (LogRecorder log = LogRecorder.everything()) {
      while (catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)) == null) {
        Thread.onSpinWait(); // until a call finds the period's permit taken
      }
      catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
      assertThat(repository.health().throttled()).isTrue();

      // A whole period passes on the adapter's clock after each refusal, until the limiter grants a permit.
      boolean granted = false;
      while (!granted) {
        loopback.retryClock.sleep(period);
        granted = catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)) == null;
      }

      assertThat(repository.health().throttled()).isFalse();
      assertThat(log.adapterWarnings()).satisfiesExactly(
          started -> assertThat(started).startsWith("Throttling calls to Feishu client-side: no permit within 0 ms "
              + "(limit: 1 calls per 100 ms)"),
          ended -> assertThat(ended).startsWith("Client-side throttling of calls to Feishu ended"));
    }
  }
}
