package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.MILLISECOND;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.atLeastOne;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.between;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.nonNegative;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.notAbove;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.notShorter;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.percent;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.ImageReader;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The {@link WritableHelpdesk} over the Feishu / Lark Open Platform's helpdesk API, made by {@link #builder()}
 * (README.md's quick start builds one). Every call is authorized, rate-limited, guarded by a circuit breaker and
 * retried on what may pass (a create only after a throttle, and never sent twice); reads send the tenant token, writes
 * the user token ({@link Builder#userTokenStore}, {@link #signIn()}); images stream in constant memory; redirects are
 * never followed. Answers map to errors as {@code FeishuErrors.java}'s table says; docs/feishu-adapter.md describes
 * the rest. Thread-safe; {@link #toString()} shows no secret.
 */
public final class FeishuHelpdesk implements WritableHelpdesk, AutoCloseable {

  /** Feishu's Open Platform (China), the default base URL. */
  public static final String FEISHU_BASE_URL = "https://open.feishu.cn";
  /** Lark's Open Platform (international). */
  public static final String LARK_BASE_URL = "https://open.larksuite.com";
  /** The most FAQs a page of the list or a search holds: the platform's maximum, and the default page size. */
  public static final int MAX_PAGE_SIZE = 100;

  private final FeishuPipeline pipeline;

  private FeishuHelpdesk(FeishuPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A builder: set the helpdesk's credentials and the app's (or a token source); the rest has defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    return pipeline.faqs().findById(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return pipeline.faqs().readImage(faqId, imageKey, reader);
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    return pipeline.catalog().listPage(filter, request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    return pipeline.catalog().searchPage(query, request);
  }

  @Override
  public List<CategoryNode> categoryTree(CategoryQuery query) {
    return pipeline.catalog().categoryTree(query);
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    return pipeline.catalog().findCategory(id);
  }

  @Override
  public Faq createFaq(NewFaq faq) {
    return pipeline.writes().createFaq(faq);
  }

  @Override
  public boolean updateFaq(FaqId id, FaqChange change) {
    return pipeline.writes().updateFaq(id, change);
  }

  @Override
  public boolean deleteFaq(FaqId id) {
    return pipeline.writes().deleteFaq(id);
  }

  @Override
  public Category createCategory(NewCategory category) {
    return pipeline.writes().createCategory(category);
  }

  @Override
  public boolean updateCategory(CategoryId id, CategoryChange change) {
    return pipeline.writes().updateCategory(id, change);
  }

  @Override
  public boolean deleteCategory(CategoryId id) {
    return pipeline.writes().deleteCategory(id);
  }

  /**
   * A user's sign-in, which saves the user tokens of writes in the {@link Builder#userTokenStore}.
   *
   * @return the sign-in
   * @throws IllegalStateException if the helpdesk was built without a user token store
   */
  public FeishuSignIn signIn() {
    if (pipeline.signIn() == null) {
      throw new IllegalStateException("signing in needs a userTokenStore to keep the tokens in");
    }
    return pipeline.signIn();
  }

  /** The breaker's, the rate limiter's and the shared quota's state, for health checks: read without a request. */
  public FeishuHealth health() {
    return pipeline.resilience().health();
  }

  /** Closes the idle connections of its pool; calls in flight finish, a later call opens a connection again. */
  @Override
  public void close() {
    pipeline.release().run();
  }

  /** The base URL, the app id (or that tokens are caller-supplied) and the helpdesk id; never a secret. */
  @Override
  public String toString() {
    return pipeline.description();
  }

  /**
   * Configures a {@link FeishuHelpdesk}: each setter checks its values at once, naming the setting; credentials may be
   * {@code null} (from the environment): {@link #build()} says what is missing. Not thread-safe; no secret shown.
   * The numbers' defaults are {@link FeishuDefaults}'s.
   */
  public static final class Builder {

    private HttpUrl baseUrl = HttpUrl.get(FEISHU_BASE_URL + "/");
    private boolean appCredentialsSet;
    private String appId;
    private String appSecret;
    private Supplier<String> tokenSource;
    private boolean helpdeskCredentialsSet;
    private String helpdeskId;
    private String helpdeskToken;
    private String userAccessToken;
    private UserTokenStore userTokenStore;
    private Duration connectTimeout = Duration.ofSeconds(FeishuDefaults.CONNECT_TIMEOUT_SECONDS);
    private Duration readTimeout = Duration.ofSeconds(FeishuDefaults.READ_TIMEOUT_SECONDS);
    private Duration callTimeout = Duration.ofSeconds(FeishuDefaults.CALL_TIMEOUT_SECONDS);
    private Proxy proxy;
    private SSLSocketFactory sslSocketFactory;
    private X509TrustManager trustManager;
    private int maxIdleConnections = FeishuDefaults.MAX_IDLE_CONNECTIONS;
    private Duration keepAlive = Duration.ofMinutes(FeishuDefaults.KEEP_ALIVE_MINUTES);
    private Clock clock = Clock.systemUTC();
    private int permitsPerPeriod = FeishuDefaults.RATE_LIMIT_PERMITS;
    private Duration period = Duration.ofMillis(FeishuDefaults.RATE_LIMIT_PERIOD_MILLIS);
    private Duration maxWaitForPermit = Duration.ofSeconds(FeishuDefaults.MAX_WAIT_FOR_PERMIT_SECONDS);
    private int retryMaxAttempts = FeishuDefaults.RETRY_MAX_ATTEMPTS;
    private Duration retryBackoffInitial = Duration.ofMillis(FeishuDefaults.RETRY_BACKOFF_INITIAL_MILLIS);
    private Duration retryBackoffMax = Duration.ofSeconds(FeishuDefaults.RETRY_BACKOFF_MAX_SECONDS);
    private Duration retryMaxElapsed = Duration.ofSeconds(FeishuDefaults.RETRY_MAX_ELAPSED_SECONDS);
    private float failureRatePercent = FeishuDefaults.CIRCUIT_BREAKER_FAILURE_RATE_PERCENT;
    private int slidingWindowCalls = FeishuDefaults.CIRCUIT_BREAKER_WINDOW_CALLS;
    private int minimumCalls = FeishuDefaults.CIRCUIT_BREAKER_MINIMUM_CALLS;
    private Duration openDuration = Duration.ofSeconds(FeishuDefaults.CIRCUIT_BREAKER_OPEN_SECONDS);
    private int halfOpenCalls = FeishuDefaults.CIRCUIT_BREAKER_HALF_OPEN_CALLS;
    private SharedQuota sharedQuota;
    private FeishuListener listener = FeishuListener.NONE;
    private RetryClock retryClock = RetryClock.SYSTEM;
    private int pageSize = MAX_PAGE_SIZE;
    private OkHttpClient httpClient;

    private Builder() {}

    /**
     * Where the Open Platform is: {@link #FEISHU_BASE_URL} (the default), {@link #LARK_BASE_URL}, or any http or https
     * URL without user info, query or fragment (a proxy, a test server). A path prefix is kept.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = SettingChecks.baseUrl(url);
      return this;
    }

    /** A self-built app's credentials, to fetch tenant tokens with. Exclusive with a token source. */
    public Builder appCredentials(String appId, String appSecret) {
      this.appCredentialsSet = true;
      this.appId = appId;
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Supplies the tenant token, per call and again after a refusal: a null or blank one is access denied, an
     * exception service unavailable. Exclusive with {@link #appCredentials}.
     */
    public Builder tenantAccessTokenSource(Supplier<String> source) {
      this.tokenSource = Objects.requireNonNull(source, "tenantAccessTokenSource must not be null");
      return this;
    }

    /**
     * Where the user tokens of writes are kept and refreshed, with {@link #appCredentials}: a
     * {@link FileUserTokenStore}, or faq-quota-redis's store for replicas; fill it with {@link #signIn()}. Writes
     * need this or {@link #userAccessToken}; reads never use it.
     */
    public Builder userTokenStore(UserTokenStore store) {
      this.userTokenStore = Objects.requireNonNull(store, "userTokenStore must not be null");
      return this;
    }

    /** A user access token for writes, never refreshed (short scripts). Exclusive with {@link #userTokenStore}. */
    public Builder userAccessToken(String token) {
      Objects.requireNonNull(token, "userAccessToken must not be null");
      if (!TenantTokens.isHeaderSafe(token)) {
        throw new IllegalArgumentException("userAccessToken: must be a token without spaces or control characters");
      }
      this.userAccessToken = token;
      return this;
    }

    /** The helpdesk's id and token, sent on every helpdesk call. Required. */
    public Builder helpdeskCredentials(String helpdeskId, String helpdeskToken) {
      this.helpdeskCredentialsSet = true;
      this.helpdeskId = helpdeskId;
      this.helpdeskToken = helpdeskToken;
      return this;
    }

    /** How long to wait for a connection; zero means no limit. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = between("connectTimeout", timeout, Duration.ZERO);
      return this;
    }

    /** The longest wait between bytes read or written: what bounds a stalled image. Zero: none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = between("readTimeout", timeout, Duration.ZERO);
      return this;
    }

    /** How long a whole JSON call may take, connecting included (not an image). Zero: no limit. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = between("callTimeout", timeout, Duration.ZERO);
      return this;
    }

    /**
     * The proxy to Feishu, or {@link Proxy#NO_PROXY}. Default: the system's proxy selector's, asked once at build (per
     * call if it names several).
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
      return this;
    }

    /** The TLS socket factory and its trust manager, for a private certificate authority. Default: the JDK's. */
    public Builder sslSocketFactory(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
      this.sslSocketFactory = Objects.requireNonNull(socketFactory, "sslSocketFactory must not be null");
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager must not be null");
      return this;
    }

    /** How many idle connections to keep, and for how long. 0 idle connections: each closed after use. */
    public Builder connectionPool(int maxIdleConnections, Duration keepAlive) {
      nonNegative("connectionPool: maxIdleConnections", maxIdleConnections);
      this.keepAlive = between("connectionPool: keepAlive", keepAlive, MILLISECOND);
      this.maxIdleConnections = maxIdleConnections;
      return this;
    }

    /** The clock that token expiry and the circuit breaker's open duration are measured on. Default: UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** At most {@code permitsPerPeriod} requests start in each fixed window of {@code period}. */
    public Builder rateLimit(int permitsPerPeriod, Duration period) {
      atLeastOne("rateLimit: permitsPerPeriod", permitsPerPeriod);
      this.period = between("rateLimit: period", period, MILLISECOND);
      this.permitsPerPeriod = permitsPerPeriod;
      return this;
    }

    /** The longest a call waits for a rate-limit permit before it fails without a request. */
    public Builder maxWaitForPermit(Duration wait) {
      this.maxWaitForPermit = between("maxWaitForPermit", wait, Duration.ZERO);
      return this;
    }

    /**
     * A quota shared with other replicas, asked after the local limit within {@link #maxWaitForPermit}; while it cannot
     * answer, the local limit alone applies. Default: none. Not closed by the adapter.
     */
    public Builder sharedQuota(SharedQuota quota) {
      this.sharedQuota = Objects.requireNonNull(quota, "sharedQuota must not be null");
      return this;
    }

    /** Where the adapter reports its calls, on the calling threads. Default: {@link FeishuListener#NONE}. */
    public Builder listener(FeishuListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener must not be null");
      return this;
    }

    /** How many times in all a FAQ or an image is requested before a failure is final; 1: no retry. */
    public Builder retryMaxAttempts(int attempts) {
      this.retryMaxAttempts = atLeastOne("retryMaxAttempts", attempts);
      return this;
    }

    /** The n-th untimed retry waits {@code initial × 2^(n-1)}, ±50 %, at most {@code max}. */
    public Builder retryBackoff(Duration initial, Duration max) {
      between("retryBackoff: initial", initial, MILLISECOND);
      notShorter("retryBackoff: max must not be shorter than initial", between("retryBackoff: max", max, MILLISECOND),
          initial);
      this.retryBackoffInitial = initial;
      this.retryBackoffMax = max;
      return this;
    }

    /** A call's time for retries, waits included: no retry whose wait would end later. */
    public Builder retryMaxElapsed(Duration total) {
      this.retryMaxElapsed = between("retryMaxElapsed", total, Duration.ZERO);
      return this;
    }

    /** The failure rate, in percent (above 0, at most 100), at which the circuit breaker opens. */
    public Builder circuitBreakerFailureRate(float percent) {
      this.failureRatePercent = percent("circuitBreakerFailureRate", percent);
      return this;
    }

    /** The breaker's failure rate is over the latest requests, once there are the minimum. */
    public Builder circuitBreakerWindow(int slidingWindowCalls, int minimumCalls) {
      atLeastOne("circuitBreakerWindow: slidingWindowCalls", slidingWindowCalls);
      notAbove("circuitBreakerWindow: minimumCalls must not exceed slidingWindowCalls",
          atLeastOne("circuitBreakerWindow: minimumCalls", minimumCalls), slidingWindowCalls);
      this.slidingWindowCalls = slidingWindowCalls;
      this.minimumCalls = minimumCalls;
      return this;
    }

    /** How long the open breaker fails calls without a request before it lets probes through. */
    public Builder circuitBreakerOpenDuration(Duration wait) {
      this.openDuration = between("circuitBreakerOpenDuration", wait, MILLISECOND);
      return this;
    }

    /** How many probe calls the half-open breaker lets through. */
    public Builder circuitBreakerHalfOpenCalls(int probes) {
      this.halfOpenCalls = atLeastOne("circuitBreakerHalfOpenCalls", probes);
      return this;
    }

    /** How many FAQs a listing asks for per page unless a request says. Default {@value #MAX_PAGE_SIZE}, the most. */
    public Builder pageSize(int size) {
      this.pageSize = between("pageSize", size, 1, MAX_PAGE_SIZE);
      return this;
    }

    /** For tests: what retries and throttling measure time on and wait with. */
    Builder retryClock(RetryClock retryClock) {
      this.retryClock = Objects.requireNonNull(retryClock, "retryClock must not be null");
      return this;
    }

    /** For tests and benchmarks: the client to derive the adapter's own from (interceptors, listener, pool). */
    Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient must not be null");
      return this;
    }

    /** Builds the helpdesk; an {@link IllegalStateException} names a missing, blank or conflicting credential. */
    public FeishuHelpdesk build() {
      Settings settings = settings();
      SettingChecks.complete(settings.credentials(), appCredentialsSet, helpdeskCredentialsSet);
      return new FeishuHelpdesk(FeishuPipeline.assemble(settings));
    }

    /** Every setting, with the secrets masked. */
    @Override
    public String toString() {
      return "FeishuHelpdesk.Builder{" + settings().describe() + "}";
    }

    private Settings settings() {
      return new Settings(
          new Settings.Http(baseUrl, connectTimeout, readTimeout, callTimeout, proxy, sslSocketFactory, trustManager,
              maxIdleConnections, keepAlive, httpClient),
          new Settings.Credentials(appId, appSecret, tokenSource, helpdeskId, helpdeskToken, userAccessToken,
              userTokenStore),
          new Settings.Limits(permitsPerPeriod, period, maxWaitForPermit, failureRatePercent, slidingWindowCalls,
              minimumCalls, openDuration, halfOpenCalls),
          new Settings.Retries(retryMaxAttempts, retryBackoffInitial, retryBackoffMax, retryMaxElapsed),
          pageSize, clock, retryClock, listener, sharedQuota);
    }
  }
}
