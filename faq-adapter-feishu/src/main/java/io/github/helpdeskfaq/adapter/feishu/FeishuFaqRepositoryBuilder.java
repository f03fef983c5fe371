package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.MILLISECOND;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.atLeastOne;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.between;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.require;

import io.github.helpdeskfaq.domain.metrics.FaqServiceListener;
import io.github.helpdeskfaq.domain.quota.SharedQuota;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Configures a {@link FeishuFaqRepository}, in the manner of OkHttp's builders: each setter checks its values at
 * once and fails with an {@link IllegalArgumentException} (or {@link NullPointerException}) naming the setting;
 * {@link #build()} checks that the settings are complete. Credentials are typically read from the environment and
 * may arrive as {@code null}: that is reported by {@link #build()}. Not thread-safe; {@link #toString()} masks
 * every secret.
 */
public final class FeishuFaqRepositoryBuilder {

  /** The most FAQs a page of the list or a search holds: the platform's maximum, and the default page size. */
  public static final int MAX_PAGE_SIZE = 100;

  HttpUrl baseUrl = HttpUrl.get(FeishuFaqRepository.FEISHU_BASE_URL + "/");
  boolean appCredentialsSet;
  String appId;
  String appSecret;
  Supplier<String> tokenSource;
  boolean helpdeskCredentialsSet;
  String helpdeskId;
  String helpdeskToken;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  Duration callTimeout = Duration.ofSeconds(60);
  Proxy proxy;
  SSLSocketFactory sslSocketFactory;
  X509TrustManager trustManager;
  int maxIdleConnections = 5;
  Duration keepAlive = Duration.ofMinutes(5);
  Clock clock = Clock.systemUTC();
  int permitsPerPeriod = 25;
  Duration period = Duration.ofMillis(500);
  Duration maxWaitForPermit = Duration.ofSeconds(5);
  int retryMaxAttempts = 3;
  Duration retryBackoffInitial = Duration.ofMillis(500);
  Duration retryBackoffMax = Duration.ofSeconds(5);
  Duration retryMaxElapsed = Duration.ofSeconds(10);
  float failureRatePercent = 50;
  int slidingWindowCalls = 20;
  int minimumCalls = 10;
  Duration openDuration = Duration.ofSeconds(30);
  int halfOpenCalls = 3;
  SharedQuota sharedQuota;
  FaqServiceListener listener = FaqServiceListener.NONE;
  RetryClock retryClock = RetryClock.SYSTEM;
  int pageSize = MAX_PAGE_SIZE;
  OkHttpClient httpClient;

  FeishuFaqRepositoryBuilder() {}

  /**
   * Where the Open Platform is: {@link FeishuFaqRepository#FEISHU_BASE_URL} (the default), {@link FeishuFaqRepository#LARK_BASE_URL}, or any http or
   * https URL without user info, query or fragment (a proxy, a test server). A path prefix is kept.
   */
  public FeishuFaqRepositoryBuilder baseUrl(String url) {
    Objects.requireNonNull(url, "baseUrl must not be null");
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl: not an absolute http or https URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl: must not carry a user name or password");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl: must not have a query or a fragment");
    }
    this.baseUrl = parsed.encodedPath().endsWith("/") ? parsed : parsed.newBuilder().addPathSegment("").build();
    return this;
  }

  /**
   * The credentials of a self-built app: the repository fetches the tenant token itself, caches it until five
   * minutes before it expires, and fetches a fresh one when Feishu refuses it. Exclusive with
   * {@link #tenantAccessTokenSource}. The app id is shown by {@code toString()}, the secret never.
   */
  public FeishuFaqRepositoryBuilder appCredentials(String appId, String appSecret) {
    this.appCredentialsSet = true;
    this.appId = appId;
    this.appSecret = appSecret;
    return this;
  }

  /**
   * A source of tenant tokens, asked for every call and once more after Feishu refused its token. A null or blank
   * token is access denied; a runtime exception from it is service unavailable. Exclusive with
   * {@link #appCredentials}.
   */
  public FeishuFaqRepositoryBuilder tenantAccessTokenSource(Supplier<String> source) {
    this.tokenSource = Objects.requireNonNull(source, "tenantAccessTokenSource must not be null");
    return this;
  }

  /** The helpdesk's id and token, sent on every helpdesk call. Required. The id is shown, the token never. */
  public FeishuFaqRepositoryBuilder helpdeskCredentials(String helpdeskId, String helpdeskToken) {
    this.helpdeskCredentialsSet = true;
    this.helpdeskId = helpdeskId;
    this.helpdeskToken = helpdeskToken;
    return this;
  }

  /** How long to wait for a connection; zero means no limit. Default 10 seconds. */
  public FeishuFaqRepositoryBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = between("connectTimeout", timeout, Duration.ZERO);
    return this;
  }

  /**
   * How long to wait for each read (between bytes, not for the whole answer): what bounds an image download that
   * stalls. Zero means no limit. Default 30 seconds.
   */
  public FeishuFaqRepositoryBuilder readTimeout(Duration timeout) {
    this.readTimeout = between("readTimeout", timeout, Duration.ZERO);
    return this;
  }

  /**
   * How long a whole JSON call (the FAQ detail, the token request) may take, connecting included; image downloads
   * are bounded by the other two timeouts only. Zero means no limit. Default 60 seconds.
   */
  public FeishuFaqRepositoryBuilder callTimeout(Duration timeout) {
    this.callTimeout = between("callTimeout", timeout, Duration.ZERO);
    return this;
  }

  /** The proxy to reach Feishu through, or {@link Proxy#NO_PROXY}. Default: the system's proxy selector. */
  public FeishuFaqRepositoryBuilder proxy(Proxy proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
    return this;
  }

  /**
   * The TLS socket factory and the trust manager it uses, for a private certificate authority (a TLS-inspecting
   * proxy, a gateway). Default: the JDK's, which trust the JDK's certificate authorities.
   */
  public FeishuFaqRepositoryBuilder sslSocketFactory(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
    this.sslSocketFactory = Objects.requireNonNull(socketFactory, "sslSocketFactory must not be null");
    this.trustManager = Objects.requireNonNull(trustManager, "trustManager must not be null");
    return this;
  }

  /** How many idle connections to keep, and for how long. Default 5, for 5 minutes; 0 closes each after use. */
  public FeishuFaqRepositoryBuilder connectionPool(int maxIdleConnections, Duration keepAlive) {
    if (maxIdleConnections < 0) {
      throw new IllegalArgumentException("connectionPool: maxIdleConnections must not be negative, was "
          + maxIdleConnections);
    }
    this.keepAlive = between("connectionPool: keepAlive", keepAlive, MILLISECOND);
    this.maxIdleConnections = maxIdleConnections;
    return this;
  }

  /** The clock that token expiry and the circuit breaker's open duration are measured on. Default: UTC. */
  public FeishuFaqRepositoryBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    return this;
  }

  /**
   * The client-side rate limit, shared by every request of this repository (retries and token requests
   * included): at most {@code permitsPerPeriod} requests start in each {@code period}, a fixed window. Default 25 per
   * half second: 50 a second, in windows short enough never to outrun a quota of 50 a second counted as a bucket
   * (docs/feishu-adapter.md, "The limit is a fixed window").
   */
  public FeishuFaqRepositoryBuilder rateLimit(int permitsPerPeriod, Duration period) {
    atLeastOne("rateLimit: permitsPerPeriod", permitsPerPeriod);
    this.period = between("rateLimit: period", period, MILLISECOND);
    this.permitsPerPeriod = permitsPerPeriod;
    return this;
  }

  /** The longest a call waits for a rate-limiter permit before it fails without a request. Default 5 seconds. */
  public FeishuFaqRepositoryBuilder maxWaitForPermit(Duration wait) {
    this.maxWaitForPermit = between("maxWaitForPermit", wait, Duration.ZERO);
    return this;
  }

  /**
   * A quota shared with the other replicas (Feishu's quota for the app), beside the local {@link #rateLimit} (what
   * one replica may use): every request takes a local permit, then a shared one, both within
   * {@link #maxWaitForPermit}; a 429 with a reset holds every replica until then. While the quota cannot answer,
   * requests go ahead under the local limit alone, as {@link FeishuFaqRepository#health()} shows. Default: none.
   * The adapter does not close it.
   */
  public FeishuFaqRepositoryBuilder sharedQuota(SharedQuota quota) {
    this.sharedQuota = Objects.requireNonNull(quota, "sharedQuota must not be null");
    return this;
  }

  /**
   * Where the adapter reports its calls, requests, retries, permit waits, breaker state and token refreshes, for
   * metrics, synchronously on the calling threads. Default: {@link FaqServiceListener#NONE}.
   */
  public FeishuFaqRepositoryBuilder listener(FaqServiceListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener must not be null");
    return this;
  }

  /** How many times in all a FAQ or an image is requested before a failure is final; 1: no retry. Default 3. */
  public FeishuFaqRepositoryBuilder retryMaxAttempts(int attempts) {
    this.retryMaxAttempts = atLeastOne("retryMaxAttempts", attempts);
    return this;
  }

  /**
   * The wait before a retry that Feishu did not time: the n-th is {@code initial × 2^(n-1)}, ±50 % at random, at
   * most {@code max}. Default 500 ms, at most 5 seconds.
   */
  public FeishuFaqRepositoryBuilder retryBackoff(Duration initial, Duration max) {
    between("retryBackoff: initial", initial, MILLISECOND);
    between("retryBackoff: max", max, MILLISECOND);
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("retryBackoff: max must not be shorter than initial, was " + max + " < "
          + initial);
    }
    this.retryBackoffInitial = initial;
    this.retryBackoffMax = max;
    return this;
  }

  /**
   * A call's time budget for retries, waits included: a retry is made only if its wait ends within this time of
   * the first attempt's start (a later rate-limit reset fails at once). Default 10 seconds.
   */
  public FeishuFaqRepositoryBuilder retryMaxElapsed(Duration total) {
    this.retryMaxElapsed = between("retryMaxElapsed", total, Duration.ZERO);
    return this;
  }

  /** The failure rate, in percent (above 0, at most 100), at which the circuit breaker opens. Default 50. */
  public FeishuFaqRepositoryBuilder circuitBreakerFailureRate(float percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("circuitBreakerFailureRate: must be above 0 and at most 100 (percent), "
          + "was " + percent);
    }
    this.failureRatePercent = percent;
    return this;
  }

  /**
   * The breaker's window: the failure rate is measured over the latest {@code slidingWindowCalls} requests, once
   * {@code minimumCalls} of them have been made. Default 20 calls, minimum 10.
   */
  public FeishuFaqRepositoryBuilder circuitBreakerWindow(int slidingWindowCalls, int minimumCalls) {
    atLeastOne("circuitBreakerWindow: slidingWindowCalls", slidingWindowCalls);
    atLeastOne("circuitBreakerWindow: minimumCalls", minimumCalls);
    if (minimumCalls > slidingWindowCalls) {
      throw new IllegalArgumentException("circuitBreakerWindow: minimumCalls must not exceed slidingWindowCalls, "
          + "was " + minimumCalls + " > " + slidingWindowCalls);
    }
    this.slidingWindowCalls = slidingWindowCalls;
    this.minimumCalls = minimumCalls;
    return this;
  }

  /** How long the open breaker fails calls without a request before it lets probes through. Default 30 s. */
  public FeishuFaqRepositoryBuilder circuitBreakerOpenDuration(Duration wait) {
    this.openDuration = between("circuitBreakerOpenDuration", wait, MILLISECOND);
    return this;
  }

  /** How many probe calls the half-open breaker lets through. Default 3. */
  public FeishuFaqRepositoryBuilder circuitBreakerHalfOpenCalls(int probes) {
    this.halfOpenCalls = atLeastOne("circuitBreakerHalfOpenCalls", probes);
    return this;
  }

  /**
   * How many FAQs to ask for per page when listing or searching, unless a {@code PageRequest} says. Default
   * {@value #MAX_PAGE_SIZE}, the most the platform allows: the fewest requests.
   */
  public FeishuFaqRepositoryBuilder pageSize(int size) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize: must be from 1 to " + MAX_PAGE_SIZE + ", was " + size);
    }
    this.pageSize = size;
    return this;
  }

  /** For tests: what retries and throttling measure time on and wait with. */
  FeishuFaqRepositoryBuilder retryClock(RetryClock retryClock) {
    this.retryClock = Objects.requireNonNull(retryClock, "retryClock must not be null");
    return this;
  }

  /** For tests and benchmarks: the client to derive the adapter's own from (its interceptors and listener). */
  FeishuFaqRepositoryBuilder httpClient(OkHttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient must not be null");
    return this;
  }

  /**
   * Builds the repository.
   *
   * @throws IllegalStateException naming the setting, when the helpdesk credentials are missing or blank, when
   *     neither or both of app credentials and a token source are set, or when an app credential is blank
   */
  public FeishuFaqRepository build() {
    if (appCredentialsSet == (tokenSource != null)) {
      throw new IllegalStateException(appCredentialsSet
          ? "appCredentials and tenantAccessTokenSource: set only one of them"
          : "appCredentials or tenantAccessTokenSource: one of them must be set");
    }
    if (appCredentialsSet) {
      require(appId, "appCredentials: app id is missing or blank");
      require(appSecret, "appCredentials: app secret is missing or blank");
    }
    if (!helpdeskCredentialsSet) {
      throw new IllegalStateException("helpdeskCredentials: helpdesk id and helpdesk token are missing");
    }
    require(helpdeskId, "helpdeskCredentials: helpdesk id is missing or blank");
    require(helpdeskToken, "helpdeskCredentials: helpdesk token is missing or blank");
    return new FeishuFaqRepository(this);
  }

  /** Every setting, with the secrets masked. */
  @Override
  public String toString() {
    return "FeishuFaqRepositoryBuilder{baseUrl=" + baseUrl
        + ", appId=" + (appCredentialsSet ? appId : "not set") + ", appSecret=" + masked(appSecret)
        + ", tenantAccessTokenSource=" + (tokenSource == null ? "not set" : "set")
        + ", helpdeskId=" + (helpdeskCredentialsSet ? helpdeskId : "not set")
        + ", helpdeskToken=" + masked(helpdeskToken) + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
        + ", proxy=" + (proxy == null ? "system" : proxy) + ", tls=" + (trustManager == null ? "JDK" : "given")
        + ", connectionPool=" + maxIdleConnections + " idle for " + keepAlive + ", clock=" + clock
        + ", rateLimit=" + permitsPerPeriod + " per " + period + ", maxWaitForPermit=" + maxWaitForPermit
        + ", retryMaxAttempts=" + retryMaxAttempts + ", retryBackoff=" + retryBackoffInitial + ".."
        + retryBackoffMax + ", retryMaxElapsed=" + retryMaxElapsed
        + ", circuitBreakerFailureRate=" + failureRatePercent + "%, circuitBreakerWindow=" + slidingWindowCalls
        + " calls (minimum " + minimumCalls + "), circuitBreakerOpenDuration=" + openDuration
        + ", circuitBreakerHalfOpenCalls=" + halfOpenCalls + ", pageSize=" + pageSize
        + ", sharedQuota=" + (sharedQuota == null ? "none" : sharedQuota) + ", listener=" + listener + "}";
  }

  private static String masked(String secret) {
    return secret == null ? "not set" : "****";
  }
}
