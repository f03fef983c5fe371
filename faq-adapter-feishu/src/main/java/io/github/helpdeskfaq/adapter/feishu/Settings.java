package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What {@link FeishuHelpdesk.Builder#build()} makes of the builder's checked values, in parts that each component
 * takes: the HTTP stack {@link #http}, the {@link #credentials}, the {@link #limits} of {@link Resilience}, the
 * {@link #retries} of {@link Exchange}, and the clocks, the listener and the shared quota they share. Immutable; the
 * builder's javadoc states each value and its default. The parts' own {@code toString()} is never shown: the
 * credentials' masks the secrets, and {@link #describe()} is what the builder shows.
 *
 * @param http where Feishu is and how to reach it
 * @param credentials the app's and the helpdesk's
 * @param limits the rate limits and the circuit breaker
 * @param retries how a failed call is tried again
 * @param pageSize the page size of listings when a request does not say
 * @param clock the clock of token expiry and of the breaker's open duration
 * @param retryClock the monotonic clock of retries, throttling and the listener's durations
 * @param listener where the adapter reports
 * @param sharedQuota the quota shared with other replicas, or null
 */
record Settings(Http http, Credentials credentials, Limits limits, Retries retries, int pageSize, Clock clock,
    RetryClock retryClock, FeishuListener listener, SharedQuota sharedQuota) {

  /** Every setting by the name of its setter, the secrets masked: what the builder's {@code toString()} shows. */
  String describe() {
    return "baseUrl=" + http.baseUrl
        + ", appId=" + shown(credentials.appId) + ", appSecret=" + masked(credentials.appSecret)
        + ", tenantAccessTokenSource=" + (credentials.tokenSource == null ? "not set" : "set")
        + ", helpdeskId=" + shown(credentials.helpdeskId) + ", helpdeskToken=" + masked(credentials.helpdeskToken)
        + ", userTokens=" + credentials.userTokens()
        + ", connectTimeout=" + http.connectTimeout + ", readTimeout=" + http.readTimeout
        + ", callTimeout=" + http.callTimeout + ", proxy=" + (http.proxy == null ? "system" : http.proxy)
        + ", tls=" + (http.trustManager == null ? "JDK" : "given")
        + ", connectionPool=" + http.maxIdleConnections + " idle for " + http.keepAlive + ", clock=" + clock
        + ", rateLimit=" + limits.permitsPerPeriod + " per " + limits.period
        + ", maxWaitForPermit=" + limits.maxWaitForPermit + ", retryMaxAttempts=" + retries.maxAttempts
        + ", retryBackoff=" + retries.backoffInitial + ".." + retries.backoffMax
        + ", retryMaxElapsed=" + retries.maxElapsed + ", circuitBreakerFailureRate=" + limits.failureRatePercent
        + "%, circuitBreakerWindow=" + limits.slidingWindowCalls + " calls (minimum " + limits.minimumCalls
        + "), circuitBreakerOpenDuration=" + limits.openDuration
        + ", circuitBreakerHalfOpenCalls=" + limits.halfOpenCalls + ", pageSize=" + pageSize
        + ", sharedQuota=" + (sharedQuota == null ? "none" : sharedQuota) + ", listener=" + listener;
  }

  private static String shown(String id) {
    return id == null ? "not set" : id;
  }

  private static String masked(String secret) {
    return secret == null ? "not set" : "****";
  }

  /**
   * The HTTP stack's settings.
   *
   * @param httpClient a client to derive the adapter's own from (tests and benchmarks), or null
   * @param proxy null for the system's proxy selector
   * @param sslSocketFactory null for the JDK's, with {@code trustManager}
   */
  record Http(HttpUrl baseUrl, Duration connectTimeout, Duration readTimeout, Duration callTimeout, Proxy proxy,
      SSLSocketFactory sslSocketFactory, X509TrustManager trustManager, int maxIdleConnections, Duration keepAlive,
      OkHttpClient httpClient) {}

  /**
   * The credentials: an app's id and secret, or a source of tenant tokens (exactly one); the helpdesk's id and token;
   * for writes, a fixed user access token or a store of user tokens (at most one). {@link #toString()} shows no
   * secret.
   */
  record Credentials(String appId, String appSecret, Supplier<String> tokenSource, String helpdeskId,
      String helpdeskToken, String userAccessToken, UserTokenStore userTokenStore) {

    /** How writes get their user token, without it. */
    String userTokens() {
      return userAccessToken != null ? "fixed" : userTokenStore != null ? userTokenStore.toString() : "none";
    }

    @Override
    public String toString() {
      return (tokenSource != null ? "tenantAccessToken=caller-supplied" : "appId=" + appId) + ", helpdeskId="
          + helpdeskId;
    }
  }

  /** The client-side rate limit and the circuit breaker. */
  record Limits(int permitsPerPeriod, Duration period, Duration maxWaitForPermit, float failureRatePercent,
      int slidingWindowCalls, int minimumCalls, Duration openDuration, int halfOpenCalls) {}

  /** How many times, and after which waits, a call is tried again. */
  record Retries(int maxAttempts, Duration backoffInitial, Duration backoffMax, Duration maxElapsed) {}
}
