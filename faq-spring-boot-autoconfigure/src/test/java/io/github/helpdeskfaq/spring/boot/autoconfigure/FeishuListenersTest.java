package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter has one listener; every {@link FeishuListener} bean hears every event through it, in turn. */
class FeishuListenersTest {

  @Test
  void every_listener_bean_hears_every_event_the_adapter_reports() {
    Recording meters = new Recording();
    Recording applications = new Recording();
    FeishuListener one = new FeishuListeners(List.of(meters, applications));

    one.callFinished(FeishuListener.Endpoint.FAQ, FeishuListener.Outcome.SUCCESS, Duration.ofMillis(5));
    one.requestFinished(FeishuListener.Endpoint.FAQ, FeishuListener.Outcome.SERVER_FAILURE, Duration.ofMillis(2));
    one.logIdReceived(FeishuListener.Endpoint.FAQ, FeishuListener.Outcome.SERVER_FAILURE, "202612071700");
    one.retryScheduled(FeishuListener.Endpoint.FAQ, FeishuListener.Outcome.SERVER_FAILURE, Duration.ofMillis(1));
    one.permitRequested(FeishuListener.Limiter.LOCAL, FeishuListener.PermitResult.GRANTED, Duration.ZERO);
    one.circuitStateChanged(CircuitState.CLOSED, CircuitState.OPEN);
    one.sharedQuotaStateChanged(SharedQuotaState.SHARED, SharedQuotaState.LOCAL_FALLBACK);
    one.tokenRefreshed(FeishuListener.TokenRefresh.ISSUED);

    List<String> all = List.of("call FAQ SUCCESS PT0.005S", "request FAQ SERVER_FAILURE PT0.002S",
        "log id FAQ SERVER_FAILURE 202612071700", "retry FAQ SERVER_FAILURE PT0.001S", "permit LOCAL GRANTED PT0S",
        "circuit CLOSED OPEN", "shared quota SHARED LOCAL_FALLBACK", "token ISSUED");
    assertThat(meters.events).containsExactlyElementsOf(all);
    assertThat(applications.events).containsExactlyElementsOf(all);
  }

  /** Writes down each event it hears. */
  private static final class Recording implements FeishuListener {

    final List<String> events = new ArrayList<>();

    @Override
    public void callFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
      events.add("call " + endpoint + " " + outcome + " " + duration);
    }

    @Override
    public void requestFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
      events.add("request " + endpoint + " " + outcome + " " + duration);
    }

    @Override
    public void logIdReceived(Endpoint endpoint, Outcome outcome, String logId) {
      events.add("log id " + endpoint + " " + outcome + " " + logId);
    }

    @Override
    public void retryScheduled(Endpoint endpoint, Outcome cause, Duration wait) {
      events.add("retry " + endpoint + " " + cause + " " + wait);
    }

    @Override
    public void permitRequested(Limiter limiter, PermitResult result, Duration waited) {
      events.add("permit " + limiter + " " + result + " " + waited);
    }

    @Override
    public void circuitStateChanged(CircuitState from, CircuitState to) {
      events.add("circuit " + from + " " + to);
    }

    @Override
    public void sharedQuotaStateChanged(SharedQuotaState from, SharedQuotaState to) {
      events.add("shared quota " + from + " " + to);
    }

    @Override
    public void tokenRefreshed(TokenRefresh result) {
      events.add("token " + result);
    }
  }
}
