package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The order Retry( CircuitBreaker( RateLimiter( exchange ) ) ), seen from outside: each attempt takes a permit, the
 * breaker counts each attempt, retries stop as soon as the breaker opens, and what the adapter refuses itself takes
 * no request, no permit it does not use, no retry and no place in the breaker's window. Permits are renewed hourly,
 * so that their count is exact.
 */
class DecoratorOrderTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void every_attempt_takes_a_permit_and_is_counted_by_the_breaker() {
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(10, HOUR).build();
    feishu.failNextHelpdeskCalls(2, () -> FeishuResponses.json(503, ""));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(feishu.helpdeskRequests()).isEqualTo(3);
    assertThat(repository.health()).isEqualTo(new FeishuHealth(CircuitState.CLOSED, OptionalDouble.empty(), 3, 2,
        10 - 3, false, SharedQuotaState.NONE));
  }

  @Test
  void stops_retrying_as_soon_as_an_attempt_opens_the_breaker() {
    FeishuHelpdesk repository = loopback.withTokenSource().retryMaxAttempts(5).circuitBreakerWindow(2, 2)
        .rateLimit(10, HOUR).build();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::serverError);

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000")
        .hasMessageEndingWith("(after 2 attempts)");

    assertThat(feishu.helpdeskRequests()).as("the second attempt opened it").isEqualTo(2);
    assertThat(loopback.retryClock.waits()).as("no wait after the breaker opened").hasSize(1);
    assertThat(repository.health()).extracting(FeishuHealth::circuitState, FeishuHealth::availablePermits)
        .containsExactly(CircuitState.OPEN, 10 - 2);
  }

  @Test
  void a_call_refused_by_the_open_breaker_takes_no_permit_and_is_not_retried() {
    FeishuHelpdesk repository = loopback.withTokenSource().circuitBreakerWindow(1, 1).rateLimit(10, HOUR)
        .build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));

    for (int i = 0; i < 3; i++) {
      assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).hasMessageContaining("circuit breaker");
    }

    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
    assertThat(repository.health().availablePermits()).isEqualTo(10 - 1);
    assertThat(loopback.retryClock.waits()).isEmpty();
  }

  @Test
  void a_call_without_a_permit_makes_no_request_is_not_retried_and_is_not_held_against_feishu() {
    FeishuHelpdesk repository = loopback.withTokenSource().rateLimit(1, HOUR)
        .maxWaitForPermit(Duration.ZERO).circuitBreakerWindow(2, 1).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageStartingWith("throttled client-side: no permit to call Feishu for FAQ 6936004780707807231 "
            + "within 0 ms (limit: 1 calls per 3600000 ms)")
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).retryAfter()).contains(HOUR));

    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
    assertThat(loopback.retryClock.waits()).isEmpty();
    assertThat(repository.health()).isEqualTo(new FeishuHealth(CircuitState.CLOSED, OptionalDouble.of(0), 1, 0, 0, true,
        SharedQuotaState.NONE));
  }

  @Test
  void the_token_request_takes_a_permit_and_passes_the_breaker() {
    FeishuHelpdesk repository = loopback.withAppCredentials().rateLimit(10, HOUR).build();

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(feishu.tokenRequests()).isEqualTo(1);
    assertThat(repository.health()).extracting(FeishuHealth::bufferedCalls, FeishuHealth::availablePermits)
        .containsExactly(2, 10 - 2);
  }
}
