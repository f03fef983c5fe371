package io.github.helpdeskfaq.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Limiter;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Outcome;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.PermitResult;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.TokenRefresh;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the listener records for each report, and that every tag value comes from the bounded set. */
class MicrometerFeishuListenerTest {

  /** Each tag key and the values it may take: the listener's enums, lower case, plus the test's common tag. */
  private static final Map<String, Set<String>> BOUNDED = Map.of(
      "endpoint", names(Endpoint.values()),
      "outcome", names(Outcome.values()),
      "cause", names(Outcome.values()),
      "limiter", names(Limiter.values()),
      "result", Stream.concat(names(PermitResult.values()).stream(), names(TokenRefresh.values()).stream())
          .collect(Collectors.toSet()),
      "state", Stream.concat(names(CircuitState.values()).stream(), names(SharedQuotaState.values()).stream())
          .collect(Collectors.toSet()),
      "helpdesk", Set.of("support"));

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerFeishuListener listener =
      new MicrometerFeishuListener(registry, Tags.of("helpdesk", "support"));

  @Test
  void times_calls_and_requests_by_endpoint_and_outcome() {
    listener.callFinished(Endpoint.FAQ, Outcome.SUCCESS, Duration.ofMillis(30));
    listener.callFinished(Endpoint.FAQ, Outcome.SUCCESS, Duration.ofMillis(50));
    listener.callFinished(Endpoint.FAQ, Outcome.NOT_FOUND, Duration.ofMillis(5));
    listener.requestFinished(Endpoint.FAQ_IMAGE, Outcome.RATE_LIMITED, Duration.ofMillis(2));
    listener.requestFinished(Endpoint.FAQ_IMAGE, Outcome.SUCCESS, Duration.ofMillis(8));

    var found = registry.get("faq.service.calls").tags("endpoint", "faq", "outcome", "success", "helpdesk", "support")
        .timer();
    assertThat(found.count()).isEqualTo(2);
    assertThat(found.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(80);
    assertThat(registry.get("faq.service.calls").tags("outcome", "not_found").timer().count()).isOne();
    assertThat(registry.get("faq.service.requests").tags("endpoint", "faq_image", "outcome", "rate_limited").timer()
        .count()).as("the 429s").isOne();
    assertThat(registry.get("faq.service.requests").timers()).hasSize(2);
  }

  @Test
  void counts_retries_token_refreshes_and_times_permit_waits() {
    listener.retryScheduled(Endpoint.FAQ, Outcome.SERVER_FAILURE, Duration.ofMillis(500));
    listener.retryScheduled(Endpoint.FAQ, Outcome.SERVER_FAILURE, Duration.ofSeconds(1));
    listener.retryScheduled(Endpoint.FAQ, Outcome.RATE_LIMITED, Duration.ofSeconds(1));
    listener.tokenRefreshed(TokenRefresh.ISSUED);
    listener.tokenRefreshed(TokenRefresh.FAILED);
    listener.tokenRefreshed(TokenRefresh.ISSUED);
    listener.permitRequested(Limiter.LOCAL, PermitResult.GRANTED, Duration.ofMillis(7));
    listener.permitRequested(Limiter.SHARED, PermitResult.REFUSED, Duration.ofMillis(500));

    assertThat(registry.get("faq.service.retries").tags("endpoint", "faq", "cause", "server_failure").counter()
        .count()).isEqualTo(2);
    assertThat(registry.get("faq.service.retries").tags("cause", "rate_limited").counter().count()).isOne();
    assertThat(registry.get("faq.service.token.refreshes").tags("result", "issued").counter().count()).isEqualTo(2);
    assertThat(registry.get("faq.service.token.refreshes").tags("result", "failed").counter().count()).isOne();
    assertThat(registry.get("faq.service.permit.waits").tags("limiter", "local", "result", "granted").timer()
        .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7);
    assertThat(registry.get("faq.service.permit.waits").tags("limiter", "shared", "result", "refused").timer()
        .count()).isOne();
  }

  @Test
  void shows_the_breakers_state_and_the_shared_quotas_as_one_gauge_per_state() {
    assertThat(gauges("faq.service.circuit.state")).containsExactlyInAnyOrderEntriesOf(
        Map.of("closed", 1.0, "open", 0.0, "half_open", 0.0));
    assertThat(gauges("faq.service.shared.quota.state")).containsExactlyInAnyOrderEntriesOf(
        Map.of("none", 1.0, "shared", 0.0, "local_fallback", 0.0));

    listener.circuitStateChanged(CircuitState.CLOSED, CircuitState.OPEN);
    listener.permitRequested(Limiter.SHARED, PermitResult.GRANTED, Duration.ZERO);
    assertThat(gauges("faq.service.circuit.state")).containsEntry("open", 1.0).containsEntry("closed", 0.0);
    assertThat(gauges("faq.service.shared.quota.state")).containsEntry("shared", 1.0).containsEntry("none", 0.0);

    listener.sharedQuotaStateChanged(SharedQuotaState.SHARED, SharedQuotaState.LOCAL_FALLBACK);
    listener.permitRequested(Limiter.SHARED, PermitResult.UNAVAILABLE, Duration.ZERO);
    assertThat(gauges("faq.service.shared.quota.state")).containsEntry("local_fallback", 1.0)
        .containsEntry("shared", 0.0);
  }

  @Test
  void tags_every_meter_from_the_bounded_set_only() {
    for (Endpoint endpoint : Endpoint.values()) {
      for (Outcome outcome : Outcome.values()) {
        listener.callFinished(endpoint, outcome, Duration.ofMillis(1));
        listener.requestFinished(endpoint, outcome, Duration.ofMillis(1));
        listener.retryScheduled(endpoint, outcome, Duration.ofMillis(1));
      }
    }
    for (Limiter limiter : Limiter.values()) {
      for (PermitResult result : PermitResult.values()) {
        listener.permitRequested(limiter, result, Duration.ZERO);
      }
    }
    Arrays.stream(TokenRefresh.values()).forEach(listener::tokenRefreshed);

    int series = Endpoint.values().length * Outcome.values().length;
    assertThat(registry.getMeters()).hasSize(3 * series + Limiter.values().length * PermitResult.values().length
        + TokenRefresh.values().length + CircuitState.values().length + SharedQuotaState.values().length);
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getName()).startsWith("faq.service.");
      for (Tag tag : meter.getId().getTags()) {
        assertThat(BOUNDED).as("tag key of %s", meter.getId()).containsKey(tag.getKey());
        assertThat(BOUNDED.get(tag.getKey())).as("tag %s of %s", tag.getKey(), meter.getId().getName())
            .contains(tag.getValue());
      }
    }
  }

  private Map<String, Double> gauges(String name) {
    return registry.get(name).gauges().stream()
        .collect(Collectors.toMap(gauge -> gauge.getId().getTag("state"), gauge -> gauge.value()));
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
