package io.github.helpdeskfaq.feishu.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Feishu helpdesk on 127.0.0.1 that answers as the Open Platform documents it: it issues tenant tokens to the
 * right app credentials, checks both authorization headers on every helpdesk call (99991663 for an unknown token,
 * 154001 for wrong helpdesk credentials), and serves the FAQs and images it holds (154004 for the rest). Tests can
 * give a FAQ or an image an answer of their choice, refuse or revoke tokens, delay token answers, and answer the
 * next calls with a failure ({@link FeishuResponses}); it counts every request.
 *
 * <p>It also lists, searches and serves the category tree ({@link SimulatedCatalog}): hold FAQs for listing with
 * {@link #listedFaq}, a helpdesk of many generated ones with {@link #generatedFaqs}, the tree with
 * {@link #categories}; {@link #pageRequests()} counts the pages asked for, and {@link #answerPages} scripts the pages
 * for tests of a pager's robustness.
 *
 * <p>Each endpoint is one branch of {@link #dispatch}. Start one with {@link #start()}, close it after the test.
 * MockWebServer's log is switched off.
 */
public final class FeishuSimulator implements AutoCloseable {

  /** The token endpoint's path. */
  public static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";

  /**
   * Held strongly, so that the level set on it stays set: MockWebServer logs each request at INFO and each connection
   * a test drops on purpose at WARNING. Tests judge the simulator by what it answers and counts, not by its log.
   */
  private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());
  private static final Pattern FAQ_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)");
  private static final Pattern IMAGE_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)/image/([^/?]+)");

  static {
    SERVER_LOG.setLevel(Level.OFF);
  }

  private final Credentials credentials;
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Supplier<MockResponse>> faqs = new ConcurrentHashMap<>();
  private final Map<String, Supplier<MockResponse>> images = new ConcurrentHashMap<>();
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicLong helpdeskRequests = new AtomicLong();
  private final SimulatedCatalog catalog = new SimulatedCatalog();
  private final Faults helpdeskFaults = new Faults();
  private final Faults tokenFaults = new Faults();
  private final AtomicInteger tokenRefusalsLeft = new AtomicInteger();
  private volatile int tokenRefusalCode = 99991663;
  private volatile long expireSeconds = 7200;
  private volatile Duration tokenDelay = Duration.ZERO;
  private volatile SimulatedQuota quota;

  private FeishuSimulator(Credentials credentials) {
    this.credentials = credentials;
  }

  /** Starts a simulator that knows {@link Credentials#DEFAULT}. */
  public static FeishuSimulator start() {
    return start(Credentials.DEFAULT);
  }

  /** Starts a simulator that knows these credentials, on a free port of 127.0.0.1. */
  public static FeishuSimulator start(Credentials credentials) {
    FeishuSimulator simulator = new FeishuSimulator(credentials);
    simulator.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return simulator.dispatchWithinQuota(request);
      }
    });
    simulator.server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      simulator.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return simulator;
  }

  /** {@code http://127.0.0.1:port/}, the base URL to give the adapter. */
  public String baseUrl() {
    return server.url("/").toString();
  }

  /** The credentials it accepts. */
  public Credentials credentials() {
    return credentials;
  }

  /** Serves a FAQ: its id and the whole FAQ-detail answer, {@code {"code":0,...,"data":{"faq":{...}}}}. */
  public FeishuSimulator faq(String id, String responseJson) {
    return answerFaq(id, () -> FeishuResponses.json(200, responseJson));
  }

  /** Answers the FAQ detail of this id with what {@code answer} makes, to an authorized call. */
  public FeishuSimulator answerFaq(String id, Supplier<MockResponse> answer) {
    faqs.put(id, answer);
    return this;
  }

  /** Serves an image of a FAQ. */
  public FeishuSimulator image(String faqId, String key, String contentType, byte[] bytes) {
    return answerImage(faqId, key, () -> FeishuResponses.image(contentType, bytes));
  }

  /** Answers this image with what {@code answer} makes, to an authorized call. */
  public FeishuSimulator answerImage(String faqId, String key, Supplier<MockResponse> answer) {
    images.put(faqId + "/" + key, answer);
    return this;
  }

  /**
   * Holds a FAQ for the list and the search, after those held before, and serves its detail too.
   *
   * @param faqJson the FAQ as Feishu sends it in {@code data.faq} and in a list's {@code items}; it has a
   *     {@code faq_id}
   * @param status its status: 1 online, 0 deleted but recoverable, 2 deleted for good
   */
  public FeishuSimulator listedFaq(String faqJson, int status) {
    String id = catalog.add(faqJson, status);
    return faq(id, "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":" + faqJson + "}}");
  }

  /**
   * Lists and searches {@code count} more FAQs, all online, after those held with {@link #listedFaq}: FAQ {@code i}
   * (from 0) is what {@code faqJson} makes, made when a page holds it and never kept. Their details are not served.
   */
  public FeishuSimulator generatedFaqs(int count, IntFunction<String> faqJson) {
    catalog.generate(count, faqJson);
    return this;
  }

  /** The category tree: the JSON array that {@code data.categories} holds, children nested. Default {@code []}. */
  public FeishuSimulator categories(String categoriesJson) {
    catalog.categories(categoriesJson);
    return this;
  }

  /**
   * Answers every list and search request (authorized ones; still counted by {@link #pageRequests()}) with what
   * {@code answers} makes of it, instead of the FAQs held: for pagers' quirks. Null serves the FAQs again.
   */
  public FeishuSimulator answerPages(Function<RecordedRequest, MockResponse> answers) {
    catalog.script(answers);
    return this;
  }

  /** The list and search requests that reached the catalog, authorized. */
  public long pageRequests() {
    return catalog.pageRequests();
  }

  /** The {@code expire} of the tokens issued from now on, in seconds. Default 7200. */
  public void expireTokensAfter(long seconds) {
    expireSeconds = seconds;
  }

  /** Holds every token answer back this long, so that concurrent first callers overlap. */
  public void delayTokenAnswers(Duration delay) {
    tokenDelay = delay;
  }

  /** Refuses the token of the next {@code count} helpdesk calls with {@code code}, valid or not. */
  public void refuseNextTokens(int count, int code) {
    tokenRefusalCode = code;
    tokenRefusalsLeft.set(count);
  }

  /** Accepts this tenant token from now on, as if the caller had fetched it elsewhere; no request is counted. */
  public String acceptToken(String token) {
    validTokens.add(token);
    return token;
  }

  /** A fresh valid token, as if the caller had fetched it elsewhere. */
  public String grantToken() {
    return acceptToken("t-granted-" + validTokens.size());
  }

  /** Forgets every token accepted so far, as when the platform invalidates them: helpdesk calls get 99991663. */
  public void revokeTokens() {
    validTokens.clear();
  }

  /** Answers the next {@code count} helpdesk calls with {@code failure} ({@link Integer#MAX_VALUE}: until healed). */
  public void failNextHelpdeskCalls(int count, Supplier<MockResponse> failure) {
    helpdeskFaults.next(count, failure);
  }

  /** Serves helpdesk calls normally again. */
  public void healHelpdeskCalls() {
    helpdeskFaults.next(0, null);
  }

  /** Answers the next {@code count} token requests with {@code failure}; 0 heals. */
  public void failNextTokenRequests(int count, Supplier<MockResponse> failure) {
    tokenFaults.next(count, failure);
  }

  /** Tokens issued to token requests. */
  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** Token requests received, answered with a token or not. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Helpdesk requests received, whatever they were answered. */
  public long helpdeskRequests() {
    return helpdeskRequests.get();
  }

  /** Every request received. */
  public int requestCount() {
    return server.getRequestCount();
  }

  /** The bearer tokens that helpdesk calls carried, in order (those answered with an injected failure excepted). */
  public List<String> tokensSeen() {
    return List.copyOf(tokensSeen);
  }

  /**
   * The next request received, in order, waiting up to five seconds for it.
   *
   * @throws AssertionError if none came
   */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the simulated Feishu within 5 s");
      }
      return request;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", interrupted);
    }
  }

  /**
   * Enforces a rate limit on helpdesk calls from now on, as {@link SimulatedQuota} describes, on {@code clock}; the
   * token endpoint is not limited.
   *
   * @return the quota, which counts what it admits and refuses
   */
  public SimulatedQuota enforceQuota(int permits, Duration period, Clock clock) {
    SimulatedQuota enforced = new SimulatedQuota(permits, period, clock);
    quota = enforced;
    return enforced;
  }

  /** Stops listening; idempotent. */
  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A helpdesk call beyond the enforced quota gets its 429; every other request is dispatched. */
  private MockResponse dispatchWithinQuota(RecordedRequest request) {
    SimulatedQuota enforced = quota;
    if (enforced != null && "GET".equals(request.getMethod())
        && request.getPath().startsWith("/open-apis/helpdesk/v1/")) {
      MockResponse refusal = enforced.admit();
      if (refusal != null) {
        helpdeskRequests.incrementAndGet();
        return refusal;
      }
    }
    return dispatch(request);
  }

  private MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath();
    if ("POST".equals(request.getMethod()) && TOKEN_PATH.equals(path)) {
      tokenRequests.incrementAndGet();
      MockResponse failure = tokenFaults.take();
      return failure != null ? failure : issueToken(request);
    }
    if (!"GET".equals(request.getMethod()) || !path.startsWith("/open-apis/helpdesk/v1/")) {
      return FeishuResponses.json(404, "{\"code\":404,\"msg\":\"404 page not found\"}");
    }
    helpdeskRequests.incrementAndGet();
    MockResponse failure = helpdeskFaults.take();
    if (failure != null) {
      return failure;
    }
    MockResponse refusal = checkAuthorization(request);
    if (refusal != null) {
      return refusal;
    }
    Optional<MockResponse> listing = catalog.answer(request);
    if (listing.isPresent()) {
      return listing.get();
    }
    Matcher image = IMAGE_PATH.matcher(path);
    if (image.matches()) {
      return answer(images.get(image.group(1) + "/" + image.group(2)));
    }
    Matcher faq = FAQ_PATH.matcher(path);
    if (faq.matches()) {
      return answer(faqs.get(faq.group(1)));
    }
    return FeishuResponses.notFound();
  }

  /** The refusal of a helpdesk call's credentials, or null when both headers are right. */
  private MockResponse checkAuthorization(RecordedRequest request) {
    String bearer = String.valueOf(request.getHeader("Authorization"));
    tokensSeen.add(bearer.replaceFirst("^Bearer ", ""));
    if (tokenRefusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
        || !bearer.startsWith("Bearer ") || !validTokens.contains(bearer.substring("Bearer ".length()))) {
      return FeishuResponses.error(401, tokenRefusalCode, "Invalid access token for authorization.");
    }
    if (!credentials.helpdeskAuthorization().equals(request.getHeader("X-Lark-Helpdesk-Authorization"))) {
      return FeishuResponses.error(401, 154001, "helpdesk authorization failed");
    }
    return null;
  }

  private static MockResponse answer(Supplier<MockResponse> held) {
    return held == null ? FeishuResponses.notFound() : held.get();
  }

  private MockResponse issueToken(RecordedRequest request) {
    Map<String, Object> body = TokenRequest.read(request.getBody().clone().readUtf8());
    if (body == null) {
      return FeishuResponses.error(400, 10003, "invalid param");
    }
    if (!credentials.appId().equals(body.get("app_id")) || !credentials.appSecret().equals(body.get("app_secret"))) {
      return FeishuResponses.error(400, 10014, "app secret invalid");
    }
    String token = "t-simulated-" + tokensIssued.incrementAndGet();
    validTokens.add(token);
    return FeishuResponses.json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + token
        + "\",\"expire\":" + expireSeconds + "}").setHeadersDelay(tokenDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The next so many requests of one kind are answered with a failure. */
  private static final class Faults {
    private final AtomicInteger left = new AtomicInteger();
    private volatile Supplier<MockResponse> answer;

    void next(int count, Supplier<MockResponse> failure) {
      answer = failure;
      left.set(count);
    }

    /** The failure for this request, or null when it is to be served normally. */
    MockResponse take() {
      return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? answer.get() : null;
    }
  }
}
