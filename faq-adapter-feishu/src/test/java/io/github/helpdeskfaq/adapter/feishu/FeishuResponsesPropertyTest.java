package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adapter's reading of every JSON answer but the FAQ detail's ({@link FeishuFaqDocumentsPropertyTest} has that):
 * each answer is a known-good one with one value, at any depth and the whole body included, replaced by a generated
 * one, served over loopback by the simulator, and read by the public call through {@link FeishuHelpdesk}. The call
 * returns its result or throws the domain's {@link FaqRepositoryException} (a subclass where
 * {@code FeishuErrors}' table says) with a non-blank message without control characters; never another exception.
 * Neither that message nor its causes' hold a secret: the app secret, the helpdesk token (or its header), a tenant
 * token, a user access or refresh token, a sign-in code.
 *
 * <p>The known-good answers are the simulator's own, recorded once through the adapter (its fake serving the
 * contract's FAQs and two categories): the first page of the list (one FAQ, more to come), a page of a search, the
 * category tree, one category, the tenant token's answer, the OAuth token endpoint's answer, and the answers to
 * creating a FAQ, updating and deleting it, and creating a category. The error envelope is the simulator's
 * {@code {"code":99991672,"msg":...}} with the platform's {@code error} object (log id, troubleshooter, permission
 * violations, helps; as in {@link FeishuDiagnosticsTest}), answering the FAQ detail with a status of 200, 400, 403,
 * 429 or 500.
 *
 * <p>The simulator scripts each answer: the pages with {@link FeishuSimulator#answerPages}, the tenant token with
 * {@link FeishuSimulator#failNextTokenRequests}, the rest with {@link FeishuSimulator#failNextHelpdeskCalls}, for every
 * request of the try (so that a retry sees the same answer). The OAuth token endpoint cannot be scripted: there the
 * simulator refreshes the user's tokens for real, after a sign-in and the access token's expiry, and its answer has
 * the value replaced on the way in, by an interceptor of the client the adapter is given. Each try builds a fresh
 * adapter on test clocks (its retries never sleep), so that no breaker or cached token carries over to the next.
 */
class FeishuResponsesPropertyTest {

  /** Tries per endpoint: 11 endpoints, 440 calls in all. */
  private static final int TRIES_PER_ENDPOINT = 40;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final String REDIRECT = Writers.REDIRECT;
  private static final int[] ERROR_STATUSES = {200, 400, 403, 429, 500};
  private static final CategoryId PARENT = CategoryId.of("7100000000000000010");
  private static final CategoryId CHILD = CategoryId.of("7100000000000000011");
  private static final FaqId ABSENT_FAQ = FaqId.of("7100000000000000404");
  private static final String ERROR_ENVELOPE = "{\"code\":99991672,\"msg\":\"Access denied. One of the following "
      + "scopes is required: [helpdesk:all:readonly].\",\"error\":{\"log_id\":\"20250101120000A1B2C3D4E5F60718293A\","
      + "\"troubleshooter\":\"https://open.feishu.cn/search?log_id=20250101120000A1B2C3D4E5F60718293A&code=99991672\","
      + "\"permission_violations\":[{\"type\":\"action_scope_required\",\"subject\":\"helpdesk:all:readonly\","
      + "\"description\":\"the app has not been granted the scope\"}],\"field_violations\":[],"
      + "\"helps\":[{\"url\":\"https://open.feishu.cn/app/cli_1/auth?q=helpdesk:all:readonly\","
      + "\"description\":\"apply for the scope\"}]}}";
  private static final List<String> SECRETS = List.of(LoopbackFeishu.CREDENTIALS.appSecret(),
      LoopbackFeishu.CREDENTIALS.helpdeskToken(), LoopbackFeishu.HELPDESK_AUTHORIZATION, "t-simulated-", "t-granted-",
      "u-simulated-", "ur-simulated-", "simulated-code-");

  private static Served served;

  /** The endpoints whose answers are read, each with the request it answers ("METHOD path", ids as {id}). */
  enum Endpoint {
    FAQ_LIST("GET faqs"),
    FAQ_SEARCH("GET faqs/search"),
    CATEGORY_TREE("GET categories"),
    CATEGORY("GET categories/{id}"),
    TENANT_TOKEN("POST open-apis/auth/v3/tenant_access_token/internal"),
    USER_TOKEN_REFRESH("POST open-apis/authen/v2/oauth/token"),
    FAQ_CREATE("POST faqs"),
    FAQ_UPDATE("PATCH faqs/{id}"),
    FAQ_DELETE("DELETE faqs/{id}"),
    CATEGORY_CREATE("POST categories"),
    ERROR_ENVELOPE(null);

    final String route;

    Endpoint(String route) {
      this.route = route;
    }
  }

  static Stream<Arguments> oneValueOfEachAnswerReplaced() {
    GeneratedJson generated = GeneratedJson.fromSeed();
    Random random = generated.random();
    List<Arguments> tries = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      List<String> paths = JsonSplice.paths(served().bodies.get(endpoint));
      for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
        int status = endpoint == Endpoint.ERROR_ENVELOPE ? ERROR_STATUSES[random.nextInt(ERROR_STATUSES.length)] : 200;
        tries.add(Arguments.of(endpoint, status, paths.get(random.nextInt(paths.size())), generated.value()));
      }
    }
    return tries.stream();
  }

  @AfterAll
  static void stopFeishu() {
    if (served != null) {
      served.feishu.close();
      served = null;
    }
  }

  @ParameterizedTest(name = "[{index}] {0} (HTTP {1}), {2} = {3}")
  @MethodSource("oneValueOfEachAnswerReplaced")
  void any_value_in_one_field_of_an_answer_gives_the_result_or_a_domain_exception_without_secrets(Endpoint endpoint,
      int status, String path, String value) {
    Served feishu = served();
    String body = JsonSplice.replace(feishu.bodies.get(endpoint), path, value);
    List<Object> result = new ArrayList<>();

    Throwable thrown = catchThrowable(() -> result.add(feishu.call(endpoint, status, path, value, body)));

    String input = endpoint + " (HTTP " + status + "), " + path + " = " + value;
    if (thrown == null) {
      assertThat(result).as("the result for %s", input).singleElement().isNotNull();
      return;
    }
    assertThat(thrown).as("what the call threw for %s", input).isInstanceOf(FaqRepositoryException.class);
    String message = thrown.getMessage();
    assertThat(message).as("the message for %s", input).isNotBlank();
    assertThat(message.codePoints().filter(FeishuResponsesPropertyTest::unreadable))
        .as("control characters in the message for %s: %s", input, message).isEmpty();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage()))
          .as("the message of %s for %s", cause.getClass().getName(), input).doesNotContain(SECRETS);
    }
  }

  /** A control character, or a line or paragraph separator: what a one-line message must not hold. */
  private static boolean unreadable(int codePoint) {
    return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
  }

  private static synchronized Served served() {
    if (served == null) {
      served = new Served();
    }
    return served;
  }

  /**
   * The simulator for the whole class, the client every adapter is given, and the known-good answers recorded from
   * it.
   */
  private static final class Served {

    final FeishuSimulator feishu = FeishuSimulator.start(FakeHelpdesk.builder()
        .faqs(ContractData.faqs())
        .category(new Category(Optional.of(PARENT), Optional.of(PARENT.value()), Optional.of("Office"),
            Optional.empty(), Optional.of(ContractData.knownFaq().helpdeskId().orElseThrow()), Optional.of("en_us")))
        .category(new Category(Optional.of(CHILD), Optional.of(CHILD.value()), Optional.of("Wi-Fi"),
            Optional.of(PARENT), Optional.of(ContractData.knownFaq().helpdeskId().orElseThrow()), Optional.of("en_us")))
        .clock(Clock.fixed(START, ZoneOffset.UTC))
        .build());
    final Wire wire = new Wire();
    final OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(wire).build();
    final Map<Endpoint, String> bodies = new EnumMap<>(Endpoint.class);
    final String tenantToken = feishu.grantToken();
    final String userAccessToken;

    Served() {
      MemoryTokenStore store = new MemoryTokenStore();
      FeishuHelpdesk helpdesk = withAppCredentials(new MutableClock(START)).userTokenStore(store).build();
      wire.recording = true;
      helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
      helpdesk.listPage(FaqFilter.all(), PageRequest.first(1));
      helpdesk.searchPage(SearchQuery.of("password"), PageRequest.first());
      helpdesk.categoryTree(CategoryQuery.defaults());
      helpdesk.findCategory(CHILD);
      Faq created = helpdesk.createFaq(NewFaq.builder("Wi-Fi?").answer("Join office.")
          .answerRichText(List.of(RichTextElement.text("Join "),
              RichTextElement.hyperlink("office", "https://x.test/o")))
          .category(CHILD).tags(List.of("wlan", "office")).build());
      helpdesk.updateFaq(created.id(), FaqChange.builder().answer("Ask IT.").build());
      helpdesk.deleteFaq(created.id());
      helpdesk.createCategory(NewCategory.named("Printers").under(PARENT).inLanguage("en_us"));
      wire.recording = false;
      for (Endpoint endpoint : Endpoint.values()) {
        bodies.put(endpoint, endpoint.route == null ? ERROR_ENVELOPE : wire.recorded.get(endpoint.route));
        assertThat(bodies.get(endpoint)).as("the simulator's answer for %s", endpoint).isNotNull();
      }
      assertThat(bodies.get(Endpoint.FAQ_LIST)).as("a list page with more to come").contains("\"page_token\"");
      userAccessToken = store.load().orElseThrow().accessToken();
    }

    /** The endpoint's public call, its answer {@code body} (the user token's: the value replaced on the way in). */
    Object call(Endpoint endpoint, int status, String path, String value, String body) throws Exception {
      MutableClock clock = new MutableClock(START);
      Supplier<SimulatedAnswer> answer = () -> FeishuResponses.json(status, body);
      switch (endpoint) {
        case FAQ_LIST, FAQ_SEARCH -> {
          FeishuHelpdesk helpdesk = withTokenSource(clock).build();
          feishu.answerPages(request -> answer.get());
          return healed(() -> endpoint == Endpoint.FAQ_LIST
              ? helpdesk.listPage(FaqFilter.all(), PageRequest.first(1))
              : helpdesk.searchPage(SearchQuery.of("password"), PageRequest.first()), () -> feishu.answerPages(null));
        }
        case TENANT_TOKEN -> {
          FeishuHelpdesk helpdesk = withAppCredentials(clock).build();
          feishu.failNextTokenRequests(Integer.MAX_VALUE, answer);
          return healed(() -> helpdesk.findById(ContractData.KNOWN_FAQ_ID),
              () -> feishu.failNextTokenRequests(0, null));
        }
        case USER_TOKEN_REFRESH -> {
          FeishuHelpdesk helpdesk = withAppCredentials(clock).userTokenStore(new MemoryTokenStore()).build();
          helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
          clock.advance(Duration.ofHours(3));
          wire.splicing(path, value);
          return healed(() -> helpdesk.deleteFaq(ABSENT_FAQ), () -> wire.splicing(null, null));
        }
        default -> {
          FeishuHelpdesk reads = withTokenSource(clock).build();
          FeishuHelpdesk writes = withAppCredentials(clock).userAccessToken(userAccessToken).build();
          feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, answer);
          return healed(() -> switch (endpoint) {
            case CATEGORY_TREE -> reads.categoryTree(CategoryQuery.defaults());
            case CATEGORY -> reads.findCategory(CHILD);
            case FAQ_CREATE -> writes.createFaq(NewFaq.builder("Printer?").answer("Room 2.").category(CHILD).build());
            case FAQ_UPDATE -> writes.updateFaq(ContractData.KNOWN_FAQ_ID, FaqChange.builder().answer("B.").build());
            case FAQ_DELETE -> writes.deleteFaq(ContractData.KNOWN_FAQ_ID);
            case CATEGORY_CREATE -> writes.createCategory(NewCategory.named("Scanners").under(PARENT));
            default -> reads.findById(ContractData.KNOWN_FAQ_ID);
          }, feishu::healHelpdeskCalls);
        }
      }
    }

    private FeishuHelpdesk.Builder withAppCredentials(Clock clock) {
      return FeishuHelpdesk.builder().baseUrl(feishu.baseUrl())
          .appCredentials(LoopbackFeishu.CREDENTIALS.appId(), LoopbackFeishu.CREDENTIALS.appSecret())
          .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
          .rateLimit(1000, Duration.ofSeconds(1)).clock(clock).retryClock(new FakeRetryClock()).httpClient(client);
    }

    private FeishuHelpdesk.Builder withTokenSource(Clock clock) {
      return FeishuHelpdesk.builder().baseUrl(feishu.baseUrl()).tenantAccessTokenSource(() -> tenantToken)
          .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
          .rateLimit(1000, Duration.ofSeconds(1)).clock(clock).retryClock(new FakeRetryClock()).httpClient(client);
    }

    private static Object healed(Callable<Object> call, Runnable heal) throws Exception {
      try {
        return call.call();
      } finally {
        heal.run();
      }
    }
  }

  /**
   * Records the answers while the known-good ones are taken, by route; replaces one value of the OAuth token
   * endpoint's answers while a user-token try runs.
   */
  private static final class Wire implements Interceptor {

    final Map<String, String> recorded = new ConcurrentHashMap<>();
    volatile boolean recording;
    private volatile String[] splice;

    void splicing(String path, String value) {
      splice = path == null ? null : new String[] {path, value};
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      String route = route(chain.request());
      if (recording) {
        recorded.putIfAbsent(route, response.peekBody(Long.MAX_VALUE).string());
      }
      String[] replacing = splice;
      if (replacing == null || !route.equals(Endpoint.USER_TOKEN_REFRESH.route)) {
        return response;
      }
      ResponseBody body = response.body();
      String spliced = JsonSplice.replace(body.string(), replacing[0], replacing[1]);
      return response.newBuilder().removeHeader("Content-Length")
          .body(ResponseBody.create(body.contentType(), spliced)).build();
    }

    /** "METHOD path", the helpdesk's paths after {@code v1/} and with an id as {@code {id}}. */
    private static String route(Request request) {
      List<String> segments = request.url().pathSegments();
      if (segments.size() > 3 && String.join("/", segments.subList(0, 3)).equals("open-apis/helpdesk/v1")) {
        List<String> rest = segments.subList(3, segments.size());
        String shape = rest.size() == 2 && !rest.get(1).equals("search") ? rest.get(0) + "/{id}"
            : String.join("/", rest);
        return request.method() + " " + shape;
      }
      return request.method() + " " + String.join("/", segments);
    }
  }

  /** A user token store in memory, for one adapter. */
  private static final class MemoryTokenStore implements UserTokenStore {

    private volatile UserTokens saved;

    @Override
    public Optional<UserTokens> load() {
      return Optional.ofNullable(saved);
    }

    @Override
    public void save(UserTokens tokens) {
      saved = tokens;
    }

    @Override
    public void clear() {
      saved = null;
    }

    @Override
    public synchronized <T> T withLock(Duration timeout, Supplier<T> action) {
      return action.get();
    }
  }
}
