package io.github.helpdeskfaq.adapter.feishu;

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
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * The {@link FaqRepository}, {@link FaqCatalog} and {@link CategoryRepository} over the Feishu / Lark Open
 * Platform's helpdesk API. Build one with {@link #builder()}:
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
 * buffering them, closing the response whatever happens. {@link #listPage} and {@link #searchPage} call
 * {@code GET /open-apis/helpdesk/v1/faqs} and {@code .../faqs/search} (a query that is not printable ASCII goes as
 * Base64 with {@code base64=true}), in pages of {@link FeishuFaqRepositoryBuilder#pageSize} (default 100, the most
 * Feishu allows); the streams of {@link #list} and {@link #search} chain them lazily. {@link #categoryTree} and
 * {@link #findCategory} call {@code GET /open-apis/helpdesk/v1/categories} and {@code .../categories/{id}}. What
 * a page's odd answers come to is {@code FeishuPages}'s documentation, in its source file. Every call carries
 * {@code Authorization: Bearer <tenant_access_token>} and
 * {@code X-Lark-Helpdesk-Authorization: base64(helpdesk_id:helpdesk_token)}; when Feishu refuses the tenant token,
 * a fresh one is fetched (or the token source asked again) and the call is tried once more. Redirects are never
 * followed. Every request is rate-limited client-side and guarded by a circuit breaker; the FAQ detail and opening
 * an image are retried on what may pass. What each of Feishu's answers comes to (an empty answer, which exception,
 * whether it is retried) is the adapter's error table, in its source file {@code FeishuErrors.java}. The settings
 * and their defaults are on the {@link FeishuFaqRepositoryBuilder}; {@link #health()} shows the state of the
 * breaker, the limiter and the shared quota.
 *
 * <p>Thread-safe. {@link #toString()} shows the base URL, the app id and the helpdesk id, never a secret.
 */
public final class FeishuFaqRepository implements FaqRepository, FaqCatalog, CategoryRepository {

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

  FeishuFaqRepository(FeishuFaqRepositoryBuilder builder) {
    FeishuConverters converters = new FeishuConverters(FeishuJson.MOSHI);
    this.api = FeishuHttp.api(builder, FeishuHttp.client(builder), converters);
    this.resilience = new Resilience(builder);
    this.exchange = new Exchange(builder, resilience, api, converters);
    this.catalog = new FeishuCatalog(api, exchange, builder.pageSize);
    this.description = "FeishuFaqRepository{baseUrl=" + builder.baseUrl
        + (builder.tokenSource != null ? ", tenantAccessToken=caller-supplied" : ", appId=" + builder.appId)
        + ", helpdeskId=" + builder.helpdeskId + "}";
  }

  /**
   * Starts a builder. Set {@link FeishuFaqRepositoryBuilder#helpdeskCredentials} and exactly one of {@link FeishuFaqRepositoryBuilder#appCredentials} or
   * {@link FeishuFaqRepositoryBuilder#tenantAccessTokenSource}; everything else has a default.
   *
   * @return a new builder
   */
  public static FeishuFaqRepositoryBuilder builder() {
    return new FeishuFaqRepositoryBuilder();
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
   * {@link FeishuFaqRepositoryBuilder#circuitBreakerOpenDuration}, not on its own, so an idle adapter shows {@code OPEN} until then.
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
   *     ({@link FeishuFaqRepositoryBuilder#sharedQuota}), or from the local limiter alone
   */
  public record Health(CircuitState circuitState, OptionalDouble failureRate, int bufferedCalls, int failedCalls,
      int availablePermits, boolean throttled, SharedQuotaState sharedQuota) {

    /** The circuit breaker's states. */
    public enum CircuitState {
      /** Calls go through; failures are counted. */
      CLOSED,
      /** Calls fail fast, without a request, for the open duration. */
      OPEN,
      /** A few probe calls go through; their outcome closes the breaker or opens it again. */
      HALF_OPEN
    }

    /** How requests are limited beyond this instance. */
    public enum SharedQuotaState {
      /** No shared quota is configured: the local limiter alone. */
      NONE,
      /** A permit from the local limiter, then one from the shared quota. */
      SHARED,
      /**
       * The shared quota cannot answer (its store is down or slow): the local limiter alone, from the failed answer
       * until the next good one. The quota is asked again on every request.
       */
      LOCAL_FALLBACK
    }

    /** Checks that nothing is null. */
    public Health {
      Objects.requireNonNull(circuitState, "circuitState");
      Objects.requireNonNull(failureRate, "failureRate");
      Objects.requireNonNull(sharedQuota, "sharedQuota");
    }
  }
}
