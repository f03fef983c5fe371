package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.MILLISECOND;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.atLeastOne;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.between;
import static io.github.helpdeskfaq.adapter.feishu.SettingChecks.require;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryRepository;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqCatalog;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqImage;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.Helpdesk;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * The {@link FaqRepository}, {@link FaqCatalog} and {@link CategoryRepository} over the Feishu / Lark Open
 * Platform's helpdesk API. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * FaqRepository faqs = FeishuHelpdesk.builder()
 *     .appCredentials(System.getenv("FEISHU_APP_ID"), System.getenv("FEISHU_APP_SECRET"))
 *     .helpdeskCredentials(System.getenv("FEISHU_HELPDESK_ID"), System.getenv("FEISHU_HELPDESK_TOKEN"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #findById} calls {@code GET /open-apis/helpdesk/v1/faqs/{id}}; {@link #readImage} calls
 * {@code GET /open-apis/helpdesk/v1/faqs/{id}/image/{image_key}} and streams the bytes to the reader without
 * buffering them, closing the response whatever happens. {@link #listPage} and {@link #searchPage} call
 * {@code GET /open-apis/helpdesk/v1/faqs} and {@code .../faqs/search} (a query that is not printable ASCII goes as
 * Base64 with {@code base64=true}), in pages of {@link FeishuHelpdesk.Builder#pageSize} (default 100, the most
 * Feishu allows); the streams of {@link #list} and {@link #search} chain them lazily. {@link #categoryTree} and
 * {@link #findCategory} call {@code GET /open-apis/helpdesk/v1/categories} and {@code .../categories/{id}}. What
 * a page's odd answers come to is {@code FeishuPages}'s documentation, in its source file. Every call carries
 * {@code Authorization: Bearer <tenant_access_token>} and
 * {@code X-Lark-Helpdesk-Authorization: base64(helpdesk_id:helpdesk_token)}; when Feishu refuses the tenant token,
 * a fresh one is fetched (or the token source asked again) and the call is tried once more. Redirects are never
 * followed. Every request is rate-limited client-side and guarded by a circuit breaker; the FAQ detail and opening
 * an image are retried on what may pass. What each of Feishu's answers comes to (an empty answer, which exception,
 * whether it is retried) is the adapter's error table, in its source file {@code FeishuErrors.java}. The settings
 * and their defaults are on the {@link FeishuHelpdesk.Builder}; {@link #health()} shows the state of the
 * breaker, the limiter and the shared quota.
 *
 * <p>Thread-safe. {@link #toString()} shows the base URL, the app id and the helpdesk id, never a secret.
 */
public final class FeishuHelpdesk implements Helpdesk {

  /** Feishu's Open Platform (China), the default base URL. */
  public static final String FEISHU_BASE_URL = "https://open.feishu.cn";
  /** Lark's Open Platform (international). */
  public static final String LARK_BASE_URL = "https://open.larksuite.com";

  private static final String OCTET_STREAM = "application/octet-stream";

  private final FeishuApi api;
  private final Resilience resilience;
  private final Exchange exchange;
  private final FeishuCatalog catalog;
  private final String description;

  FeishuHelpdesk(Builder builder) {
    FeishuConverters converters = new FeishuConverters(FeishuJson.MOSHI);
    this.api = FeishuHttp.api(builder, FeishuHttp.client(builder), converters);
    this.resilience = new Resilience(builder);
    this.exchange = new Exchange(builder, resilience, api, converters);
    this.catalog = new FeishuCatalog(api, exchange, builder.pageSize);
    this.description = "FeishuHelpdesk{baseUrl=" + builder.baseUrl
        + (builder.tokenSource != null ? ", tenantAccessToken=caller-supplied" : ", appId=" + builder.appId)
        + ", helpdeskId=" + builder.helpdeskId + "}";
  }

  /**
   * Starts a builder. Set {@link FeishuHelpdesk.Builder#helpdeskCredentials} and exactly one of {@link FeishuHelpdesk.Builder#appCredentials} or
   * {@link FeishuHelpdesk.Builder#tenantAccessTokenSource}; everything else has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    return exchange.fetch("FAQ " + id, token -> api.faq(id, token), data -> {
      if (data == null || data.faq == null) {
        throw new IllegalArgumentException("the answer has code 0 but no data.faq");
      }
      return FaqMapper.toFaq(data.faq, Optional.of(id));
    });
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    String what = "image " + imageKey + " of FAQ " + faqId;
    return exchange.open(what, token -> api.image(faqId, imageKey, token))
        .map(response -> handOver(response, what, reader));
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    return catalog.listPage(filter, request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    return catalog.searchPage(query, request);
  }

  @Override
  public List<CategoryNode> categoryTree() {
    return catalog.categoryTree();
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    return catalog.findCategory(id);
  }

  /**
   * Gives the open image to the reader, and closes the stream and the response whatever the reader does (the stream
   * too: the response's own stream would still hand out bytes it had buffered).
   */
  private static <T> T handOver(Response<ResponseBody> response, String what, ImageReader<T> reader) {
    try (ResponseBody body = response.body(); ImageStream stream = new ImageStream(body.byteStream(), what)) {
      MediaType type = body.contentType();
      long length = body.contentLength();
      FaqImage image = new FaqImage(type == null ? OCTET_STREAM : type.toString(),
          length < 0 ? OptionalLong.empty() : OptionalLong.of(length),
          ContentDisposition.fileName(response.headers().get("Content-Disposition")), stream);
      return Objects.requireNonNull(reader.read(image), "the image reader returned null");
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  /**
   * The current state of the circuit breaker, the rate limiter and the shared quota, for health checks. Cheap; takes
   * no permit, makes no request and does not ask the shared quota. The breaker moves from {@code OPEN} to {@code HALF_OPEN} when a call arrives after
   * {@link FeishuHelpdesk.Builder#circuitBreakerOpenDuration}, not on its own, so an idle adapter shows {@code OPEN} until then.
   *
   * @return a snapshot
   */
  public Health health() {
    return resilience.health();
  }

  /** The base URL, the app id (or that tokens are caller-supplied) and the helpdesk id; never a secret. */
  @Override
  public String toString() {
    return description;
  }

  /**
   * A snapshot of the adapter's resilience, from {@link #health()}.
   *
   * @param circuitState the circuit breaker's state
   * @param failureRate the percentage (0 to 100) of failed calls among those in the breaker's sliding window (in
   *     half-open state: among the probes); empty until the window holds {@code minimumCalls} calls
   * @param bufferedCalls the calls in the breaker's sliding window (in half-open state: the probes so far)
   * @param failedCalls those of the buffered calls that failed: no answer, a timeout, 5xx or code 155000
   * @param availablePermits the rate limiter's permits left in the current period; negative when callers already
   *     hold permits of periods to come
   * @param throttled whether calls are being refused client-side for lack of a permit, local or shared (since the
   *     first refusal, until a permit is granted a whole period after the last one)
   * @param sharedQuota whether requests take permits from a shared quota too
   *     ({@link FeishuHelpdesk.Builder#sharedQuota}), or from the local limiter alone
   */
  public record Health(CircuitState circuitState, OptionalDouble failureRate, int bufferedCalls, int failedCalls,
      int availablePermits, boolean throttled, SharedQuotaState sharedQuota) {

    /** Checks that nothing is null. */
    public Health {
      Objects.requireNonNull(circuitState, "circuitState");
      Objects.requireNonNull(failureRate, "failureRate");
      Objects.requireNonNull(sharedQuota, "sharedQuota");
    }
  }

  /**
   * Configures a {@link FeishuHelpdesk}, in the manner of OkHttp's builders: each setter checks its values at
   * once and fails with an {@link IllegalArgumentException} (or {@link NullPointerException}) naming the setting;
   * {@link #build()} checks that the settings are complete. Credentials are typically read from the environment and
   * may arrive as {@code null}: that is reported by {@link #build()}. Not thread-safe; {@link #toString()} masks
   * every secret.
   */
  public static final class Builder {

    /** The most FAQs a page of the list or a search holds: the platform's maximum, and the default page size. */
    public static final int MAX_PAGE_SIZE = 100;

    HttpUrl baseUrl = HttpUrl.get(FeishuHelpdesk.FEISHU_BASE_URL + "/");
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
    FeishuListener listener = FeishuListener.NONE;
    RetryClock retryClock = RetryClock.SYSTEM;
    int pageSize = MAX_PAGE_SIZE;
    OkHttpClient httpClient;

    Builder() {}

    /**
     * Where the Open Platform is: {@link FeishuHelpdesk#FEISHU_BASE_URL} (the default), {@link FeishuHelpdesk#LARK_BASE_URL}, or any http or
     * https URL without user info, query or fragment (a proxy, a test server). A path prefix is kept.
     */
    public Builder baseUrl(String url) {
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
    public Builder appCredentials(String appId, String appSecret) {
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
    public Builder tenantAccessTokenSource(Supplier<String> source) {
      this.tokenSource = Objects.requireNonNull(source, "tenantAccessTokenSource must not be null");
      return this;
    }

    /** The helpdesk's id and token, sent on every helpdesk call. Required. The id is shown, the token never. */
    public Builder helpdeskCredentials(String helpdeskId, String helpdeskToken) {
      this.helpdeskCredentialsSet = true;
      this.helpdeskId = helpdeskId;
      this.helpdeskToken = helpdeskToken;
      return this;
    }

    /** How long to wait for a connection; zero means no limit. Default 10 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = between("connectTimeout", timeout, Duration.ZERO);
      return this;
    }

    /**
     * How long to wait for each read (between bytes, not for the whole answer): what bounds an image download that
     * stalls. Zero means no limit. Default 30 seconds.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = between("readTimeout", timeout, Duration.ZERO);
      return this;
    }

    /**
     * How long a whole JSON call (the FAQ detail, the token request) may take, connecting included; image downloads
     * are bounded by the other two timeouts only. Zero means no limit. Default 60 seconds.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = between("callTimeout", timeout, Duration.ZERO);
      return this;
    }

    /** The proxy to reach Feishu through, or {@link Proxy#NO_PROXY}. Default: the system's proxy selector. */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
      return this;
    }

    /**
     * The TLS socket factory and the trust manager it uses, for a private certificate authority (a TLS-inspecting
     * proxy, a gateway). Default: the JDK's, which trust the JDK's certificate authorities.
     */
    public Builder sslSocketFactory(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
      this.sslSocketFactory = Objects.requireNonNull(socketFactory, "sslSocketFactory must not be null");
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager must not be null");
      return this;
    }

    /** How many idle connections to keep, and for how long. Default 5, for 5 minutes; 0 closes each after use. */
    public Builder connectionPool(int maxIdleConnections, Duration keepAlive) {
      if (maxIdleConnections < 0) {
        throw new IllegalArgumentException("connectionPool: maxIdleConnections must not be negative, was "
            + maxIdleConnections);
      }
      this.keepAlive = between("connectionPool: keepAlive", keepAlive, MILLISECOND);
      this.maxIdleConnections = maxIdleConnections;
      return this;
    }

    /** The clock that token expiry and the circuit breaker's open duration are measured on. Default: UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * The client-side rate limit, shared by every request of this repository (retries and token requests
     * included): at most {@code permitsPerPeriod} requests start in each {@code period}, a fixed window. Default 25 per
     * half second: 50 a second, in windows short enough never to outrun a quota of 50 a second counted as a bucket
     * (docs/feishu-adapter.md, "The limit is a fixed window").
     */
    public Builder rateLimit(int permitsPerPeriod, Duration period) {
      atLeastOne("rateLimit: permitsPerPeriod", permitsPerPeriod);
      this.period = between("rateLimit: period", period, MILLISECOND);
      this.permitsPerPeriod = permitsPerPeriod;
      return this;
    }

    /** The longest a call waits for a rate-limiter permit before it fails without a request. Default 5 seconds. */
    public Builder maxWaitForPermit(Duration wait) {
      this.maxWaitForPermit = between("maxWaitForPermit", wait, Duration.ZERO);
      return this;
    }

    /**
     * A quota shared with the other replicas (Feishu's quota for the app), beside the local {@link #rateLimit} (what
     * one replica may use): every request takes a local permit, then a shared one, both within
     * {@link #maxWaitForPermit}; a 429 with a reset holds every replica until then. While the quota cannot answer,
     * requests go ahead under the local limit alone, as {@link FeishuHelpdesk#health()} shows. Default: none.
     * The adapter does not close it.
     */
    public Builder sharedQuota(SharedQuota quota) {
      this.sharedQuota = Objects.requireNonNull(quota, "sharedQuota must not be null");
      return this;
    }

    /**
     * Where the adapter reports its calls, requests, retries, permit waits, breaker state and token refreshes, for
     * metrics, synchronously on the calling threads. Default: {@link FeishuListener#NONE}.
     */
    public Builder listener(FeishuListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener must not be null");
      return this;
    }

    /** How many times in all a FAQ or an image is requested before a failure is final; 1: no retry. Default 3. */
    public Builder retryMaxAttempts(int attempts) {
      this.retryMaxAttempts = atLeastOne("retryMaxAttempts", attempts);
      return this;
    }

    /**
     * The wait before a retry that Feishu did not time: the n-th is {@code initial × 2^(n-1)}, ±50 % at random, at
     * most {@code max}. Default 500 ms, at most 5 seconds.
     */
    public Builder retryBackoff(Duration initial, Duration max) {
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
    public Builder retryMaxElapsed(Duration total) {
      this.retryMaxElapsed = between("retryMaxElapsed", total, Duration.ZERO);
      return this;
    }

    /** The failure rate, in percent (above 0, at most 100), at which the circuit breaker opens. Default 50. */
    public Builder circuitBreakerFailureRate(float percent) {
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
    public Builder circuitBreakerWindow(int slidingWindowCalls, int minimumCalls) {
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
    public Builder circuitBreakerOpenDuration(Duration wait) {
      this.openDuration = between("circuitBreakerOpenDuration", wait, MILLISECOND);
      return this;
    }

    /** How many probe calls the half-open breaker lets through. Default 3. */
    public Builder circuitBreakerHalfOpenCalls(int probes) {
      this.halfOpenCalls = atLeastOne("circuitBreakerHalfOpenCalls", probes);
      return this;
    }

    /**
     * How many FAQs to ask for per page when listing or searching, unless a {@code PageRequest} says. Default
     * {@value #MAX_PAGE_SIZE}, the most the platform allows: the fewest requests.
     */
    public Builder pageSize(int size) {
      if (size < 1 || size > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize: must be from 1 to " + MAX_PAGE_SIZE + ", was " + size);
      }
      this.pageSize = size;
      return this;
    }

    /** For tests: what retries and throttling measure time on and wait with. */
    Builder retryClock(RetryClock retryClock) {
      this.retryClock = Objects.requireNonNull(retryClock, "retryClock must not be null");
      return this;
    }

    /** For tests and benchmarks: the client to derive the adapter's own from (its interceptors and listener). */
    Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient must not be null");
      return this;
    }

    /**
     * Builds the repository.
     *
     * @throws IllegalStateException naming the setting, when the helpdesk credentials are missing or blank, when
     *     neither or both of app credentials and a token source are set, or when an app credential is blank
     */
    public FeishuHelpdesk build() {
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
      return new FeishuHelpdesk(this);
    }

    /** Every setting, with the secrets masked. */
    @Override
    public String toString() {
      return "FeishuHelpdesk.Builder{baseUrl=" + baseUrl
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
}
