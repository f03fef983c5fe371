package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static io.github.helpdeskfaq.testkit.ContractData.UNKNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The circuit breaker under fault injection: a 5xx storm opens it, an open breaker fails fast with no request, a
 * half-open probe closes or reopens it, and only transport failures, timeouts and 5xx count. The open duration runs
 * on a clock the tests move, so nothing sleeps.
 */
class CircuitBreakerTest {

  private static final Duration OPEN = Duration.ofSeconds(30);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  /**
   * A window of four attempts, all of which must be in before the rate counts; one probe when half-open. Permits
   * are renewed hourly, so that their count is exact.
   */
  private FeishuHelpdesk breakerOfFour() {
    return loopback.withTokenSource().circuitBreakerWindow(4, 4).circuitBreakerFailureRate(50)
        .circuitBreakerOpenDuration(OPEN).circuitBreakerHalfOpenCalls(1).rateLimit(50, Duration.ofHours(1)).build();
  }

  @Test
  void opens_on_a_5xx_storm_fails_fast_without_requests_then_a_probe_closes_it() {
    FeishuHelpdesk repository = breakerOfFour();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::serverError);

    try (LogRecorder log = LogRecorder.everything()) {
      assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000");
      assertThat(feishu.helpdeskRequests()).as("three attempts of the first call").isEqualTo(3);
      assertThat(repository.health()).isEqualTo(new FeishuHealth(CircuitState.CLOSED, OptionalDouble.empty(), 3, 3,
          50 - 3, false, SharedQuotaState.NONE));

      assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000");
      assertThat(feishu.helpdeskRequests()).as("the fourth attempt opened it: no retry after it").isEqualTo(4);
      assertThat(repository.health().circuitState()).isEqualTo(CircuitState.OPEN);
      assertThat(repository.health().failureRate()).hasValue(100.0);

      loopback.clock.advance(Duration.ofSeconds(10));
      for (int i = 0; i < 5; i++) {
        assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
            .isExactlyInstanceOf(FaqServiceUnavailableException.class)
            .hasMessageContaining("circuit breaker for Feishu is open")
            .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).retryAfter())
                .contains(Duration.ofSeconds(20)));
      }
      assertThat(catchThrowable(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("circuit breaker");
      assertThat(feishu.helpdeskRequests()).as("failing fast: no request").isEqualTo(4);

      feishu.healHelpdeskCalls();
      loopback.clock.advance(OPEN.minusSeconds(10).plusMillis(1));
      assertThat(repository.health().circuitState()).as("moves on the next call, not on its own")
          .isEqualTo(CircuitState.OPEN);
      assertThat(repository.findById(KNOWN_FAQ_ID)).contains(ContractData.knownFaq());
      assertThat(feishu.helpdeskRequests()).as("the one probe").isEqualTo(5);
      assertThat(repository.health().circuitState()).isEqualTo(CircuitState.CLOSED);
      assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

      assertThat(log.adapterWarnings()).as("one WARN per state change, none per call").satisfiesExactly(
          open -> assertThat(open).startsWith("Feishu circuit breaker OPEN (was CLOSED): 4 of the last 4 calls "
              + "failed; calls fail fast without a request for 30000 ms"),
          halfOpen -> assertThat(halfOpen).startsWith("Feishu circuit breaker HALF_OPEN"),
          closed -> assertThat(closed).startsWith("Feishu circuit breaker CLOSED (was HALF_OPEN)"));
    }
  }

  @Test
  void opens_again_when_the_probe_fails() {
    FeishuHelpdesk repository = breakerOfFour();
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::serverError);
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    assertThat(repository.health().circuitState()).isEqualTo(CircuitState.OPEN);

    loopback.clock.advance(OPEN.plusMillis(1));
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("155000")
        .hasMessageNotContaining("after");

    assertThat(feishu.helpdeskRequests()).as("one probe, not retried: the breaker opened again").isEqualTo(5);
    assertThat(repository.health().circuitState()).isEqualTo(CircuitState.OPEN);
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).hasMessageContaining("circuit breaker");
    assertThat(feishu.helpdeskRequests()).isEqualTo(5);
  }

  @Test
  void closes_once_all_its_probes_succeed() {
    FeishuHelpdesk repository = loopback.withTokenSource().circuitBreakerWindow(2, 2)
        .circuitBreakerOpenDuration(OPEN).circuitBreakerHalfOpenCalls(2).retryMaxAttempts(1).build();
    feishu.failNextHelpdeskCalls(2, FeishuResponses::serverError);
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    loopback.clock.advance(OPEN.plusMillis(1));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    assertThat(repository.health()).extracting(FeishuHealth::circuitState, FeishuHealth::bufferedCalls)
        .containsExactly(CircuitState.HALF_OPEN, 1);
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(repository.health().circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(feishu.helpdeskRequests()).isEqualTo(4);
  }

  @Test
  void counts_only_transport_failures_timeouts_and_5xx() {
    FeishuHelpdesk repository = loopback.withTokenSource().circuitBreakerWindow(10, 10).retryMaxAttempts(1)
        .readTimeout(Duration.ofSeconds(2)).rateLimit(50, Duration.ofHours(1)).build();

    for (int i = 0; i < 3; i++) {
      assertThat(repository.findById(UNKNOWN_FAQ_ID)).as("a 404 is a healthy answer").isEmpty();
    }
    feishu.failNextHelpdeskCalls(2, () -> FeishuResponses.json(403, "{\"code\":154003,\"msg\":\"no access\"}"));
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).isInstanceOf(FaqAccessDeniedException.class);
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).isInstanceOf(FaqAccessDeniedException.class);
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(null));
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("rate-limited");
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"faq\":[]}}"));
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).as("unreadable, but answered")
        .isExactlyInstanceOf(FaqServiceUnavailableException.class);
    assertThat(repository.health()).extracting(FeishuHealth::bufferedCalls, FeishuHealth::failedCalls).containsExactly(7, 0);

    feishu.failNextHelpdeskCalls(1, SimulatedAnswer::noResponse);
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).hasMessageContaining("SocketTimeout");
    feishu.failNextHelpdeskCalls(1, FeishuResponses::gatewayPage);
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).hasMessageContaining("HTTP 502");
    feishu.failNextHelpdeskCalls(1, LoopbackFeishu::droppedMidBody);
    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class);

    assertThat(repository.health()).isEqualTo(new FeishuHealth(CircuitState.CLOSED, OptionalDouble.of(30.0), 10, 3,
        50 - 10, false, SharedQuotaState.NONE));
  }

  @Test
  void a_refused_token_does_not_count_and_its_refresh_goes_through() {
    FeishuHelpdesk repository = loopback.withAppCredentials().circuitBreakerWindow(2, 2).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    feishu.refuseNextTokens(1, 99991663);

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(repository.health()).extracting(FeishuHealth::circuitState, FeishuHealth::failedCalls)
        .containsExactly(CircuitState.CLOSED, 0);
    assertThat(feishu.tokensIssued()).isEqualTo(2);
  }

  @Test
  void starts_closed_with_no_failure_rate_and_every_permit() {
    FeishuHealth health = loopback.withTokenSource().build().health();

    assertThat(health).isEqualTo(new FeishuHealth(CircuitState.CLOSED, OptionalDouble.empty(), 0, 0, 25, false,
        SharedQuotaState.NONE));
    assertThat(health.toString()).contains("CLOSED", "availablePermits=25");
  }
}
