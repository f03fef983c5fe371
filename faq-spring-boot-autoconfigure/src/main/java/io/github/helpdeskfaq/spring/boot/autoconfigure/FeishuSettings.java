package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code helpdesk.feishu.*} to the adapter's builder. Required credentials that are missing fail with every
 * one of their names at once; a value the builder refuses fails with the property's name and the builder's reason
 * (which never quotes a secret). What a value may be is the builder's to say.
 */
final class FeishuSettings {

  static final String PREFIX = "helpdesk.feishu.";

  private FeishuSettings() {}

  /**
   * A builder with every property applied.
   *
   * @throws HelpdeskSettingsException naming the missing credentials, or the first property refused
   */
  static FeishuHelpdesk.Builder builder(FeishuProperties feishu) {
    List<String> missing = new ArrayList<>();
    require(feishu.appId(), "app-id", missing);
    require(feishu.appSecret(), "app-secret", missing);
    require(feishu.helpdeskId(), "helpdesk-id", missing);
    require(feishu.helpdeskToken(), "helpdesk-token", missing);
    if (!missing.isEmpty()) {
      throw HelpdeskSettingsException.missing("helpdesk.adapter=feishu", missing);
    }
    FeishuHelpdesk.Builder builder = FeishuHelpdesk.builder()
        .appCredentials(feishu.appId().strip(), feishu.appSecret().strip())
        .helpdeskCredentials(feishu.helpdeskId().strip(), feishu.helpdeskToken().strip());
    apply("base-url", () -> builder.baseUrl(feishu.baseUrl()));
    apply("connect-timeout", () -> builder.connectTimeout(feishu.connectTimeout()));
    apply("read-timeout", () -> builder.readTimeout(feishu.readTimeout()));
    apply("call-timeout", () -> builder.callTimeout(feishu.callTimeout()));
    FeishuProperties.ConnectionPool pool = feishu.connectionPool();
    apply("connection-pool", () -> builder.connectionPool(pool.maxIdleConnections(), pool.keepAlive()));
    FeishuProperties.RateLimit rate = feishu.rateLimit();
    apply("rate-limit", () -> builder.rateLimit(rate.permits(), rate.period()));
    apply("rate-limit.max-wait", () -> builder.maxWaitForPermit(rate.maxWait()));
    FeishuProperties.Retry retry = feishu.retry();
    apply("retry.max-attempts", () -> builder.retryMaxAttempts(retry.maxAttempts()));
    apply("retry", () -> builder.retryBackoff(retry.backoffInitial(), retry.backoffMax()));
    apply("retry.max-elapsed", () -> builder.retryMaxElapsed(retry.maxElapsed()));
    FeishuProperties.CircuitBreaker breaker = feishu.circuitBreaker();
    apply("circuit-breaker.failure-rate", () -> builder.circuitBreakerFailureRate(breaker.failureRate()));
    apply("circuit-breaker", () -> builder.circuitBreakerWindow(breaker.windowCalls(), breaker.minimumCalls()));
    apply("circuit-breaker.open-duration", () -> builder.circuitBreakerOpenDuration(breaker.openDuration()));
    apply("circuit-breaker.half-open-calls", () -> builder.circuitBreakerHalfOpenCalls(breaker.halfOpenCalls()));
    apply("page-size", () -> builder.pageSize(feishu.pageSize()));
    if (feishu.userTokenFile() != null && feishu.userAccessToken() != null) {
      throw HelpdeskSettingsException.invalid(PREFIX + "user-access-token", "set it or " + PREFIX
          + "user-token-file, not both");
    }
    if (feishu.userTokenFile() != null) {
      builder.userTokenStore(FileUserTokenStore.at(feishu.userTokenFile()));
    }
    if (feishu.userAccessToken() != null) {
      apply("user-access-token", () -> builder.userAccessToken(feishu.userAccessToken().strip()));
    }
    return builder;
  }

  private static void require(String value, String property, List<String> missing) {
    if (value == null || value.isBlank()) {
      missing.add(PREFIX + property);
    }
  }

  /** Runs a setter, reporting its refusal with the property's name (a group of properties: its prefix). */
  private static void apply(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw HelpdeskSettingsException.invalid(PREFIX + property, refused.getMessage());
    }
  }
}
