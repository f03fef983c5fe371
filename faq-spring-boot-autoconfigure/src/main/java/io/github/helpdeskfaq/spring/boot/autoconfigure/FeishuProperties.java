package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.FeishuDefaults;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Feishu adapter's settings under {@code helpdesk.feishu}, one for each setting of {@code FeishuHelpdesk.Builder},
 * which documents what each means and checks; the defaults are its own ({@link FeishuDefaults}). The secrets, the app
 * secret, the helpdesk token and a user access token, are never part of {@link #toString()}.
 *
 * @param baseUrl Where the Open Platform is: Feishu's, Lark's (FeishuHelpdesk.LARK_BASE_URL), a proxy's.
 * @param appId The self-built app's id; required.
 * @param appSecret The self-built app's secret; required; a secret.
 * @param helpdeskId The helpdesk's id; required.
 * @param helpdeskToken The helpdesk's token; required; a secret.
 * @param connectTimeout How long to wait for a connection; 0: no limit.
 * @param readTimeout The longest wait between two reads of an answer (what bounds a stalled image); 0: no limit.
 * @param callTimeout How long a whole JSON call may take (not an image); 0: no limit.
 * @param connectionPool The idle connections kept.
 * @param rateLimit The adapter's own rate limit.
 * @param retry How failed requests are tried again.
 * @param circuitBreaker When calls fail fast without a request.
 * @param pageSize How many FAQs a listing asks for per page unless a request says.
 * @param userTokenFile For writes: the file that keeps a signed-in user's tokens, refreshed with the app's
 *     credentials (owner-only, replaced atomically, locked while one process refreshes); fill it with faq-app login.
 * @param userAccessToken For writes: a user access token sent as it is and never refreshed, instead of the file; a
 *     secret.
 */
public record FeishuProperties(@DefaultValue(FeishuHelpdesk.FEISHU_BASE_URL) String baseUrl, String appId,
    String appSecret, String helpdeskId, String helpdeskToken, Path userTokenFile, String userAccessToken,
    @DefaultValue(FeishuDefaults.CONNECT_TIMEOUT_SECONDS + "s") Duration connectTimeout,
    @DefaultValue(FeishuDefaults.READ_TIMEOUT_SECONDS + "s") Duration readTimeout,
    @DefaultValue(FeishuDefaults.CALL_TIMEOUT_SECONDS + "s") Duration callTimeout,
    @DefaultValue ConnectionPool connectionPool, @DefaultValue RateLimit rateLimit, @DefaultValue Retry retry,
    @DefaultValue CircuitBreaker circuitBreaker, @DefaultValue("" + FeishuHelpdesk.MAX_PAGE_SIZE) int pageSize) {

  /** The settings, the secrets masked. */
  @Override
  public String toString() {
    return "FeishuProperties[baseUrl=" + baseUrl + ", appId=" + appId + ", appSecret=" + masked(appSecret)
        + ", helpdeskId=" + helpdeskId + ", helpdeskToken=" + masked(helpdeskToken) + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", " + connectionPool
        + ", " + rateLimit + ", " + retry + ", " + circuitBreaker + ", pageSize=" + pageSize + ", userTokenFile="
        + userTokenFile + ", userAccessToken=" + masked(userAccessToken) + "]";
  }

  private static String masked(String secret) {
    return secret == null ? null : "****";
  }

  /**
   * The idle connections kept.
   *
   * @param maxIdleConnections How many; 0: each is closed after use.
   * @param keepAlive For how long.
   */
  public record ConnectionPool(@DefaultValue("" + FeishuDefaults.MAX_IDLE_CONNECTIONS) int maxIdleConnections,
      @DefaultValue(FeishuDefaults.KEEP_ALIVE_MINUTES + "m") Duration keepAlive) {}

  /**
   * The adapter's own rate limit: at most so many requests start in each fixed window, retries and token requests
   * included.
   *
   * @param permits Requests per period.
   * @param period The window.
   * @param maxWait The longest a call waits for a permit before it fails without a request; 0: fail at once.
   */
  public record RateLimit(@DefaultValue("" + FeishuDefaults.RATE_LIMIT_PERMITS) int permits,
      @DefaultValue(FeishuDefaults.RATE_LIMIT_PERIOD_MILLIS + "ms") Duration period,
      @DefaultValue(FeishuDefaults.MAX_WAIT_FOR_PERMIT_SECONDS + "s") Duration maxWait) {}

  /**
   * How failed requests are tried again.
   *
   * @param maxAttempts Attempts per call, the first included; 1: no retry.
   * @param backoffInitial The first backoff (with jitter).
   * @param backoffMax The longest backoff.
   * @param maxElapsed How long a call may spend retrying, waits included.
   */
  public record Retry(@DefaultValue("" + FeishuDefaults.RETRY_MAX_ATTEMPTS) int maxAttempts,
      @DefaultValue(FeishuDefaults.RETRY_BACKOFF_INITIAL_MILLIS + "ms") Duration backoffInitial,
      @DefaultValue(FeishuDefaults.RETRY_BACKOFF_MAX_SECONDS + "s") Duration backoffMax,
      @DefaultValue(FeishuDefaults.RETRY_MAX_ELAPSED_SECONDS + "s") Duration maxElapsed) {}

  /**
   * When calls fail fast, without a request.
   *
   * @param failureRate The failure rate, in percent, that opens the breaker.
   * @param windowCalls The latest calls the failure rate is measured over.
   * @param minimumCalls The calls needed before the rate counts.
   * @param openDuration How long the open breaker fails calls fast.
   * @param halfOpenCalls The probe calls of the half-open breaker.
   */
  public record CircuitBreaker(
      @DefaultValue("" + FeishuDefaults.CIRCUIT_BREAKER_FAILURE_RATE_PERCENT) float failureRate,
      @DefaultValue("" + FeishuDefaults.CIRCUIT_BREAKER_WINDOW_CALLS) int windowCalls,
      @DefaultValue("" + FeishuDefaults.CIRCUIT_BREAKER_MINIMUM_CALLS) int minimumCalls,
      @DefaultValue(FeishuDefaults.CIRCUIT_BREAKER_OPEN_SECONDS + "s") Duration openDuration,
      @DefaultValue("" + FeishuDefaults.CIRCUIT_BREAKER_HALF_OPEN_CALLS) int halfOpenCalls) {}
}
