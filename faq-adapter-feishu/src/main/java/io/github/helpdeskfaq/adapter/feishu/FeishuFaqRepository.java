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
    this.exchange = new Exchange();
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
        jsonApi.faq(id.value(), bearer(token), helpdeskAuthorization),
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
        imageApi.image(faqId.value(), imageKey.value(), bearer(token), helpdeskAuthorization)))
        .toOptional();
    return opened.map(response -> handOver(response, what, reader));
  }

  /** Gives the open image to the reader, and closes the response whatever the reader does. */
  private static <T> T handOver(Response<ResponseBody> response, String what, ImageReader<T> reader) {
    try (ResponseBody body = response.body()) {
      MediaType type = body.contentType();
      long length = body.contentLength();
      FaqImage image = new FaqImage(type == null ? OCTET_STREAM : type.toString(),
          length < 0 ? OptionalLong.empty() : OptionalLong.of(length),
          ContentDisposition.fileName(response.headers().get("Content-Disposition")),
          new ImageStream(body.byteStream(), what));
      return Objects.requireNonNull(reader.read(image), "the image reader returned null");
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  /** Runs an exchange with the current tenant token; when Feishu refuses the token, once more with a fresh one. */
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

  /** The base URL, the app id (or that tokens are caller-supplied) and the helpdesk id; never a secret. */
  @Override
  public String toString() {
    return description;
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
     * The clock that tenant-token expiry is measured on. Default: the system clock, UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
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
          + ", clock=" + clock + "}";
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
