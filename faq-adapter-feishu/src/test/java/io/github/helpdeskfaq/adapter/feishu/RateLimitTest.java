package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-side rate limit: a call waits for a permit up to the longest wait, then fails without a request, and
 * throttling is logged once when it starts and once when it ends. Resilience4j's rate limiter runs on the system's
 * clock, so these tests use periods of a fraction of a second.
 */
class RateLimitTest {

  @RegisterExtension
  final LoopbackFeishu loopback = LoopbackFeishu.start();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void waits_for_the_next_period_when_the_permits_are_used_up() {
    FeishuFaqRepository repository = loopback.withTokenSource().rateLimit(1, Duration.ofMillis(300))
        .maxWaitForPermit(Duration.ofSeconds(2)).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    long apart = TimeUnit.NANOSECONDS.toMillis(feishu.helpdeskArrivals().get(1) - feishu.helpdeskArrivals().get(0));
    assertThat(apart).as("the second request waited for the next period").isBetween(100L, 1000L);
  }

  @Test
  void fails_at_once_without_a_request_when_told_not_to_wait() {
    FeishuFaqRepository repository = loopback.withTokenSource().rateLimit(2, Duration.ofHours(1))
        .maxWaitForPermit(Duration.ZERO).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    assertThat(repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")).contains("read");
    long started = System.nanoTime();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("throttled client-side");
    assertThat(catchThrowable(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("throttled client-side");

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500L);
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    assertThat(repository.health().throttled()).isTrue();
  }

  @Test
  void fails_after_the_longest_wait_when_no_permit_comes() {
    FeishuFaqRepository repository = loopback.withTokenSource().rateLimit(1, Duration.ofHours(1))
        .maxWaitForPermit(Duration.ofMillis(200)).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    long started = System.nanoTime();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("within 200 ms");

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000L);
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void logs_throttling_once_when_it_starts_and_once_when_it_ends() throws InterruptedException {
    Duration period = Duration.ofMillis(150);
    FeishuFaqRepository repository = loopback.withTokenSource().rateLimit(1, period)
        .maxWaitForPermit(Duration.ZERO).build();

    try (LogRecorder log = LogRecorder.everything()) {
      long refused = 0;
      for (int call = 0; call < 20; call++) {
        refused += catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)) == null ? 0 : 1;
      }
      assertThat(refused).as("refused calls").isGreaterThan(10);
      assertThat(repository.health().throttled()).isTrue();
      // Resilience4j's rate limiter runs on System.nanoTime and takes no clock: real time must pass for a permit.
      TimeUnit.MILLISECONDS.sleep(2 * period.toMillis() + 50);
      assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

      assertThat(repository.health().throttled()).isFalse();
      assertThat(log.adapterWarnings()).satisfiesExactly(
          started -> assertThat(started).startsWith("Throttling calls to Feishu client-side: no permit within 0 ms "
              + "(limit: 1 calls per 150 ms)"),
          ended -> assertThat(ended).startsWith("Client-side throttling of calls to Feishu ended"));
    }
  }
}
