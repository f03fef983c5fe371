package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.TokenRefresh;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The helpdesk's health, in the terms of neither Spring Boot line: each line's contributor named {@code helpdesk}
 * turns it into its own {@code Health}. Read from what the adapter already knows (its breaker, its limiter, its shared
 * quota, its latest token refresh): a probe never sends a request. Down while the breaker is open or the latest token
 * refresh failed; the details hold states and counts, never a secret, an id or a URL.
 */
final class HelpdeskHealth {

  /** The statuses used, by the names both lines give them. */
  enum Status { UP, DOWN, UNKNOWN }

  /**
   * A health report.
   *
   * @param status the status
   * @param details what it is made of, in insertion order
   */
  record Report(Status status, Map<String, Object> details) {}

  private final ObjectProvider<FeishuHelpdesk> feishu;
  private final ObjectProvider<FakeHelpdesk> fake;
  private final ObjectProvider<TokenRefreshes> tokens;

  HelpdeskHealth(ObjectProvider<FeishuHelpdesk> feishu, ObjectProvider<FakeHelpdesk> fake,
      ObjectProvider<TokenRefreshes> tokens) {
    this.feishu = feishu;
    this.fake = fake;
    this.tokens = tokens;
  }

  /** The report now. */
  Report check() {
    FeishuHelpdesk adapter = feishu.getIfUnique();
    if (adapter != null) {
      return feishu(adapter.health(), Optional.ofNullable(tokens.getIfUnique()).flatMap(TokenRefreshes::latest));
    }
    if (fake.getIfUnique() != null) {
      return new Report(Status.UP, Map.of("adapter", "fake"));
    }
    return new Report(Status.UNKNOWN, Map.of("adapter", "the application's own"));
  }

  static Report feishu(FeishuHealth health, Optional<TokenRefresh> latestToken) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("adapter", "feishu");
    details.put("circuit", name(health.circuitState()));
    health.failureRate().ifPresent(rate -> details.put("failureRate", rate));
    details.put("bufferedCalls", health.bufferedCalls());
    details.put("failedCalls", health.failedCalls());
    details.put("availablePermits", health.availablePermits());
    details.put("throttled", health.throttled());
    details.put("sharedQuota", name(health.sharedQuota()));
    details.put("token", latestToken.map(HelpdeskHealth::name).orElse("none_yet"));
    boolean down = health.circuitState() == CircuitState.OPEN
        || latestToken.filter(TokenRefresh.FAILED::equals).isPresent();
    return new Report(down ? Status.DOWN : Status.UP, details);
  }

  private static String name(Enum<?> state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
