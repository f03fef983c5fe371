package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonDataException;
import io.github.helpdeskfaq.adapter.feishu.Outcome.Kind;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqImage;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The {@link FaqRepository} over the Feishu / Lark Open Platform's helpdesk API. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * FaqRepository faqs = FeishuFaqRepository.builder()
 *     .appCredentials(System.getenv("FEISHU_APP_ID"), System.getenv("FEISHU_APP_SECRET"))
 *     .helpdeskCredentials(System.getenv("FEISHU_HELPDESK_ID"), System.getenv("FEISHU_HELPDESK_TOKEN"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #findById} calls {@code GET /open-apis/helpdesk/v1/faqs/{id}}; {@link #readImage} calls
 * {@code GET /open-apis/helpdesk/v1/faqs/{id}/image/{image_key}} and streams the bytes to the reader without
 * buffering them, closing the response whatever happens. Every call carries
 * {@code Authorization: Bearer <tenant_access_token>} and
 * {@code X-Lark-Helpdesk-Authorization: base64(helpdesk_id:helpdesk_token)}. When Feishu refuses the tenant token
 * (codes 99991663, 99991664, 99991671, 99991661), the token is dropped, a fresh one is fetched (or the token source
 * asked again), and the call is tried once more.
 *
 * <p>Feishu's answers map onto the port as follows: code 154004 or HTTP 404 is an empty answer; 154001 / 401 and
 * 154003 / 403 are {@link io.github.helpdeskfaq.domain.FaqAccessDeniedException}; 154000 / 400 is
 * {@link io.github.helpdeskfaq.domain.FaqRequestRejectedException}; 155000 / 5xx, 99991400 / 429 (with the wait from
 * {@code x-ogw-ratelimit-reset}), no answer, and an answer that cannot be read are
 * {@link io.github.helpdeskfaq.domain.FaqServiceUnavailableException}; any other non-zero code is a
 * {@link io.github.helpdeskfaq.domain.FaqRepositoryException} carrying the code and Feishu's message. The body's code
 * decides before the HTTP status, as a non-zero code can come with HTTP 200.
 *
 * <p>Every request, the token request included, is rate-limited client-side and guarded by a circuit breaker; the
 * FAQ detail and opening an image are retried on transport failures, timeouts, 5xx / 155000 and 429 / 99991400 (a
 * 429 after the {@code x-ogw-ratelimit-reset} it names), never on 400, 401, 403 or 404. A call refused by the open
 * breaker or for lack of a permit makes no request and fails with
 * {@link io.github.helpdeskfaq.domain.FaqServiceUnavailableException}. The settings and their defaults are on the
 * {@link Builder}; {@link #health()} shows the current state.
 *
 * <p>Thread-safe. {@link #toString()} shows the base URL, the app id and the helpdesk id, never a secret.
 */
public final class FeishuFaqRepository implements FaqRepository {

  /** Feishu's Open Platform (China), the default base URL. */
  public static final String FEISHU_BASE_URL = "https://open.feishu.cn";
  /** Lark's Open Platform (international). */
  public static final String LARK_BASE_URL = "https://open.larksuite.com";

  private static final Logger LOG = LoggerFactory.getLogger(FeishuFaqRepository.class);
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  private static final String OCTET_STREAM = "application/octet-stream";

  private final FeishuApi jsonApi;
  private final FeishuApi imageApi;
  private final Resilience resilience;
  private final Exchange exchange;
  private final TenantTokens tokens;
  private final String helpdeskAuthorization;
  private final String description;

  private FeishuFaqRepository(Builder builder) {
    OkHttpClient.Builder base = builder.client != null ? builder.client.newBuilder()
        : new OkHttpClient.Builder().connectTimeout(DEFAULT_CONNECT_TIMEOUT).readTimeout(DEFAULT_READ_TIMEOUT)
            .followRedirects(false);
    if (builder.connectTimeout != null) {
      base.connectTimeout(builder.connectTimeout);
    }
    if (builder.readTimeout != null) {
      base.readTimeout(builder.readTimeout);
    }
    OkHttpClient imageClient = base.build();
    OkHttpClient jsonClient = builder.callTimeout == null && builder.client != null ? imageClient
        : imageClient.newBuilder()
            .callTimeout(builder.callTimeout != null ? builder.callTimeout : DEFAULT_CALL_TIMEOUT).build();
    this.jsonApi = api(builder.baseUrl, jsonClient);
    this.imageApi = api(builder.baseUrl, imageClient);
    this.resilience = new Resilience(builder.resilience, builder.clock, builder.retryClock);
    this.exchange = new Exchange(resilience);
    this.tokens = builder.tokenSource != null ? new SuppliedTenantTokens(builder.tokenSource)
        : new CachedTenantTokens(new TenantTokenClient(jsonApi, exchange, builder.appId, builder.appSecret),
            builder.clock);
    this.helpdeskAuthorization = Base64.getEncoder().encodeToString(
        (builder.helpdeskId + ":" + builder.helpdeskToken).getBytes(StandardCharsets.UTF_8));
    this.description = "FeishuFaqRepository{baseUrl=" + builder.baseUrl
        + (builder.tokenSource != null ? ", tenantAccessToken=caller-supplied" : ", appId=" + builder.appId)
        + ", helpdeskId=" + builder.helpdeskId + "}";
  }

  private static FeishuApi api(HttpUrl baseUrl, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create(FeishuJson.MOSHI))
        .validateEagerly(true)
        .build()
        .create(FeishuApi.class);
  }

  /**
   * Starts a builder. Set {@link Builder#helpdeskCredentials} and exactly one of {@link Builder#appCredentials} or
   * {@link Builder#tenantAccessTokenSource}; everything else has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    String what = "FAQ " + id;
    return withTenantToken(token -> exchange.json(what,
        () -> jsonApi.faq(FeishuApi.faqPath(id), bearer(token), helpdeskAuthorization),
        json -> toFaq(FeishuJson.parse(FeishuJson.FAQ_RESPONSE, json), id)))
        .toOptional();
  }

  private static Faq toFaq(FaqResponseDto answer, FaqId requested) {
    if (answer == null || answer.code == null || answer.code != 0) {
      throw new JsonDataException("the answer's code is " + (answer == null ? null : answer.code) + ", not 0");
    }
    if (answer.data == null || answer.data.faq == null) {
      throw new IllegalArgumentException("the answer has code 0 but no data.faq");
    }
    return FaqMapper.toFaq(answer.data.faq, Optional.of(requested));
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    String what = "image " + imageKey + " of FAQ " + faqId;
    Optional<Response<ResponseBody>> opened = withTenantToken(token -> exchange.stream(what,
        () -> imageApi.image(FeishuApi.imagePath(faqId, imageKey), bearer(token), helpdeskAuthorization)))
        .toOptional();
    return opened.map(response -> handOver(response, what, reader));
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
   * Runs an exchange with the current tenant token; when Feishu refuses the token, once more with a fresh one. The
   * exchange is retried inside (see {@link Resilience}); a refused token is not a transient failure, so it is
   * handled here, outside the retries, by one refresh.
   */
  private <T> Outcome<T> withTenantToken(Function<String, Outcome<T>> exchangeWithToken) {
    String token = tokens.current();
    Outcome<T> outcome = exchangeWithToken.apply(token);
    if (outcome.kind() != Kind.INVALID_TOKEN) {
      return outcome;
    }
    LOG.info("Feishu refused the tenant access token (code {}); retrying once with a fresh one",
        outcome.serviceCode().orElse(0));
    tokens.invalidate(token);
    return exchangeWithToken.apply(tokens.current());
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  /**
   * The current state of the circuit breaker and the rate limiter, for health checks. Cheap; takes no permit and
   * makes no request. The breaker moves from {@code OPEN} to {@code HALF_OPEN} when a call arrives after
   * {@link Builder#circuitBreakerOpenDuration}, not on its own, so an idle adapter shows {@code OPEN} until then.
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
   * @param throttled whether calls are being refused client-side for lack of a permit (since the first refusal,
   *     until a permit is granted a whole period after the last one)
   */
  public record Health(CircuitState circuitState, OptionalDouble failureRate, int bufferedCalls, int failedCalls,
      int availablePermits, boolean throttled) {

    /** The circuit breaker's states. */
    public enum CircuitState {
      /** Calls go through; failures are counted. */
      CLOSED,
      /** Calls fail fast, without a request, for the open duration. */
      OPEN,
      /** A few probe calls go through; their outcome closes the breaker or opens it again. */
      HALF_OPEN
    }

    /** Checks that nothing is null. */
    public Health {
      Objects.requireNonNull(circuitState, "circuitState");
      Objects.requireNonNull(failureRate, "failureRate");
    }
  }

  /**
   * Configures a {@link FeishuFaqRepository}. Settings are checked as they are set where they can be (a base URL,
   * a timeout) and all together in {@link #build()}, which fails with an {@link IllegalStateException} naming the
   * missing setting. Credentials are typically read from the environment and may arrive as {@code null}; that is
   * reported by {@link #build()}, not by the setter. Not thread-safe; {@link #toString()} masks every secret.
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
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private OkHttpClient client;
    private Clock clock = Clock.systemUTC();
    private ResilienceSettings resilience = ResilienceSettings.DEFAULTS;
    private RetryClock retryClock = RetryClock.SYSTEM;

    private Builder() {}

    /**
     * Where the Open Platform is: {@link #FEISHU_BASE_URL} (the default), {@link #LARK_BASE_URL}, or any http or
     * https URL (a proxy, a test server). A path prefix is kept; the API paths are appended to it.
     *
     * @param url the base URL, without user info, query or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URL is not such a URL
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
     * The credentials of a self-built app. The repository then fetches the tenant token itself
     * ({@code POST /open-apis/auth/v3/tenant_access_token/internal}), caches it until five minutes before it
     * expires, refreshes it one request at a time, and fetches a fresh one when Feishu refuses it. Exclusive with
     * {@link #tenantAccessTokenSource}.
     *
     * @param appId the app's id ({@code cli_...}); shown by {@code toString()}
     * @param appSecret the app's secret; never shown or logged
     * @return this builder
     */
    public Builder appCredentials(String appId, String appSecret) {
      this.appCredentialsSet = true;
      this.appId = appId;
      this.appSecret = appSecret;
      return this;
    }

    /**
     * A source of tenant tokens, for applications that already manage them. It is called for every request, and
     * once more when Feishu refuses the token it gave (a caching source should then drop it). A {@code null} or
     * blank token is {@link io.github.helpdeskfaq.domain.FaqAccessDeniedException}; a runtime exception from the
     * source is {@link io.github.helpdeskfaq.domain.FaqServiceUnavailableException}. Exclusive with
     * {@link #appCredentials}.
     *
     * @param source gives the current tenant access token
     * @return this builder
     */
    public Builder tenantAccessTokenSource(Supplier<String> source) {
      this.tokenSource = Objects.requireNonNull(source, "tenantAccessTokenSource must not be null");
      return this;
    }

    /**
     * The helpdesk's id and token, sent as {@code X-Lark-Helpdesk-Authorization: base64(id:token)} on every
     * helpdesk call. Required.
     *
     * @param helpdeskId the helpdesk's id; shown by {@code toString()}
     * @param helpdeskToken the helpdesk's token; never shown or logged
     * @return this builder
     */
    public Builder helpdeskCredentials(String helpdeskId, String helpdeskToken) {
      this.helpdeskCredentialsSet = true;
      this.helpdeskId = helpdeskId;
      this.helpdeskToken = helpdeskToken;
      return this;
    }

    /**
     * How long to wait for a connection. Default 10 seconds; zero means no limit. When an
     * {@link #okHttpClient} is given, its own connect timeout applies unless this is set.
     *
     * @param timeout the timeout, zero or positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout("connectTimeout", timeout);
      return this;
    }

    /**
     * How long to wait for each read from the connection (the time between bytes, not the whole answer). Default
     * 30 seconds; zero means no limit. This is what bounds an image download that stalls. When an
     * {@link #okHttpClient} is given, its own read timeout applies unless this is set.
     *
     * @param timeout the timeout, zero or positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout("readTimeout", timeout);
      return this;
    }

    /**
     * How long a whole JSON call may take, from connecting to the last byte of the answer: the FAQ detail and the
     * token request. Default 60 seconds; zero means no limit. Image downloads are not bounded by it, since a large
     * image may rightly take longer: they are bounded by {@link #connectTimeout} and by {@link #readTimeout}
     * between any two reads (and by a given {@link #okHttpClient}'s own call timeout, if it has one). When an
     * {@link #okHttpClient} is given, its own call timeout applies to JSON calls too unless this is set.
     *
     * @param timeout the timeout, zero or positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = checkTimeout("callTimeout", timeout);
      return this;
    }

    /**
     * An OkHttp client to make the calls with, for a proxy, custom TLS, interceptors or a shared connection pool.
     * Its settings are kept, redirects included; only the timeouts set explicitly on this builder override its
     * own. Without one, the repository makes its own client, which does not follow redirects (a redirect to
     * another host would carry the helpdesk credentials along).
     *
     * @param client the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.client = Objects.requireNonNull(client, "okHttpClient must not be null");
      return this;
    }

    /**
     * The clock that tenant-token expiry and the circuit breaker's open duration are measured on. Default: the
     * system clock, UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * The client-side rate limit, shared by every call of this repository, the token request and each retry
     * included: at most {@code permitsPerPeriod} requests start in each {@code period}. Default: 50 per second.
     * Feishu does not publish the FAQ endpoints' limits; it answers 429 / 99991400 beyond them.
     *
     * @param permitsPerPeriod requests per period, at least 1
     * @param period the period after which the permits are renewed, from 1 ms to {@code Integer.MAX_VALUE} ms
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder rateLimit(int permitsPerPeriod, Duration period) {
      resilience = resilience.withRateLimit(permitsPerPeriod, period);
      return this;
    }

    /**
     * The longest a call waits for a rate-limiter permit. A call that gets none in time makes no request and fails
     * with {@link io.github.helpdeskfaq.domain.FaqServiceUnavailableException}, saying that it was throttled
     * client-side. Default: 5 seconds; {@link Duration#ZERO} fails at once.
     *
     * @param wait zero or positive, at most {@code Integer.MAX_VALUE} ms
     * @return this builder
     * @throws IllegalArgumentException if the wait is out of range
     */
    public Builder maxWaitForPermit(Duration wait) {
      resilience = resilience.withMaxWaitForPermit(wait);
      return this;
    }

    /**
     * How many times in all a FAQ detail or an image is requested before its failure is final, the first attempt
     * included. Retried: transport failures, timeouts, 5xx / 155000 and 429 / 99991400; never 400, 401, 403, 404
     * or an answer that arrived whole but could not be read. Default: 3; 1 means no retry.
     *
     * @param attempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if attempts is below 1
     */
    public Builder retryMaxAttempts(int attempts) {
      resilience = resilience.withRetryMaxAttempts(attempts);
      return this;
    }

    /**
     * The wait before a retry that Feishu did not time (anything but a 429 with {@code x-ogw-ratelimit-reset}):
     * exponential with jitter, the n-th wait being {@code initial × 2^(n-1)}, ±50 % at random, and never more than
     * {@code max}. Default: 500 ms, at most 5 s.
     *
     * @param initial the first wait before jitter, from 1 ms
     * @param max the longest wait, at least {@code initial}
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range or {@code max} is shorter than {@code initial}
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      resilience = resilience.withRetryBackoff(initial, max);
      return this;
    }

    /**
     * The time budget of a call's retries, waits included: a retry is made only if its wait ends within this time
     * of the first attempt's start. A 429 whose {@code x-ogw-ratelimit-reset} is later than that is not retried and
     * fails at once, its {@code retryAfter()} saying the reset. A call takes at most this plus one attempt (bounded
     * by the timeouts) plus the wait for a permit. Default: 10 seconds; with the default 30 s read timeout, a read
     * timeout is thus not retried (shorten {@link #readTimeout} to have it retried).
     *
     * @param total zero or positive, at most {@code Integer.MAX_VALUE} ms
     * @return this builder
     * @throws IllegalArgumentException if the budget is out of range
     */
    public Builder retryMaxElapsed(Duration total) {
      resilience = resilience.withRetryMaxElapsed(total);
      return this;
    }

    /**
     * The failure rate at or above which the circuit breaker opens, measured over its sliding window once that
     * holds {@code minimumCalls} calls. Failures are transport failures, timeouts, 5xx and 155000 only: a 404, a
     * refusal, throttling or an unreadable answer is a healthy answer. Default: 50 percent.
     *
     * @param percent above 0, at most 100
     * @return this builder
     * @throws IllegalArgumentException if the percentage is out of range
     */
    public Builder circuitBreakerFailureRate(float percent) {
      resilience = resilience.withFailureRate(percent);
      return this;
    }

    /**
     * The circuit breaker's count-based sliding window: the failure rate is measured over the latest
     * {@code slidingWindowCalls} requests (every attempt counts), once at least {@code minimumCalls} have been made.
     * Default: 20 calls, minimum 10.
     *
     * @param slidingWindowCalls at least 1
     * @param minimumCalls at least 1, at most {@code slidingWindowCalls}
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder circuitBreakerWindow(int slidingWindowCalls, int minimumCalls) {
      resilience = resilience.withWindow(slidingWindowCalls, minimumCalls);
      return this;
    }

    /**
     * How long the open circuit breaker fails calls fast, without a request, before it lets probe calls through
     * (half-open), measured on the {@link #clock}. Default: 30 seconds.
     *
     * @param wait from 1 ms to {@code Integer.MAX_VALUE} ms
     * @return this builder
     * @throws IllegalArgumentException if the wait is out of range
     */
    public Builder circuitBreakerOpenDuration(Duration wait) {
      resilience = resilience.withOpenDuration(wait);
      return this;
    }

    /**
     * How many probe calls the half-open circuit breaker lets through; it closes when their failure rate is below
     * the threshold and opens again otherwise. Further calls meanwhile fail fast. Default: 3.
     *
     * @param probes at least 1
     * @return this builder
     * @throws IllegalArgumentException if probes is below 1
     */
    public Builder circuitBreakerHalfOpenCalls(int probes) {
      resilience = resilience.withHalfOpenCalls(probes);
      return this;
    }

    /** For tests: what retries measure their budget on and wait with, instead of the system's. */
    Builder retryClock(RetryClock retryClock) {
      this.retryClock = Objects.requireNonNull(retryClock, "retryClock must not be null");
      return this;
    }

    /**
     * Builds the repository, checking that the settings are complete.
     *
     * @return the repository
     * @throws IllegalStateException naming the setting, when the helpdesk credentials are missing or blank, when
     *     neither or both of app credentials and a token source are set, or when an app credential is blank
     */
    public FeishuFaqRepository build() {
      if (!appCredentialsSet && tokenSource == null) {
        throw new IllegalStateException("appCredentials or tenantAccessTokenSource: one of them must be set");
      }
      if (appCredentialsSet && tokenSource != null) {
        throw new IllegalStateException("appCredentials and tenantAccessTokenSource: set only one of them");
      }
      if (appCredentialsSet) {
        requireSetting(appId, "appCredentials: app id is missing or blank");
        requireSetting(appSecret, "appCredentials: app secret is missing or blank");
      }
      if (!helpdeskCredentialsSet) {
        throw new IllegalStateException("helpdeskCredentials: helpdesk id and helpdesk token are missing");
      }
      requireSetting(helpdeskId, "helpdeskCredentials: helpdesk id is missing or blank");
      requireSetting(helpdeskToken, "helpdeskCredentials: helpdesk token is missing or blank");
      return new FeishuFaqRepository(this);
    }

    private static void requireSetting(String value, String message) {
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(message);
      }
    }

    private static Duration checkTimeout(String name, Duration timeout) {
      Objects.requireNonNull(timeout, () -> name + " must not be null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + ": must not be negative, was " + timeout);
      }
      if (timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + ": must be at most " + Integer.MAX_VALUE + " ms, was " + timeout);
      }
      return timeout;
    }

    /** Every setting, with the secrets masked. */
    @Override
    public String toString() {
      return "FeishuFaqRepository.Builder{baseUrl=" + baseUrl
          + ", appId=" + (appCredentialsSet ? appId : "not set")
          + ", appSecret=" + masked(appSecret)
          + ", tenantAccessTokenSource=" + (tokenSource == null ? "not set" : "set")
          + ", helpdeskId=" + (helpdeskCredentialsSet ? helpdeskId : "not set")
          + ", helpdeskToken=" + masked(helpdeskToken)
          + ", connectTimeout=" + orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT)
          + ", readTimeout=" + orDefault(readTimeout, DEFAULT_READ_TIMEOUT)
          + ", callTimeout=" + orDefault(callTimeout, DEFAULT_CALL_TIMEOUT)
          + ", okHttpClient=" + (client == null ? "own" : "given")
          + ", clock=" + clock + ", " + resilience + "}";
    }

    private static String masked(String secret) {
      return secret == null ? "not set" : "****";
    }

    private String orDefault(Duration set, Duration fallback) {
      if (set != null) {
        return set.toString();
      }
      return client == null ? fallback + " (default)" : "the okHttpClient's own";
    }
  }
}
