package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A loopback Feishu for MockWebServer: it issues tenant tokens to the right app credentials, checks both
 * authorization headers on every helpdesk call, and serves FAQs and images, answering as Feishu documents it
 * (154004 for what it does not hold, 99991663 for an unknown token, 154001 for wrong helpdesk credentials).
 * Tests can make it refuse the next helpdesk calls' tokens, revoke every token it issued, delay its token answers,
 * and answer the next helpdesk calls or token requests with a failure of their choice (a 5xx, a 429, a dropped
 * connection, a slow answer); it counts every request and records when each helpdesk request arrived.
 */
final class FeishuSimulator extends Dispatcher {

  static final String APP_ID = "cli_simulated_app";
  static final String APP_SECRET = "app-secret-never-to-be-seen";
  static final String HELPDESK_ID = "6939771743531696147";
  static final String HELPDESK_TOKEN = "ht-secret-helpdesk-token";
  /** {@code base64("6939771743531696147:ht-secret-helpdesk-token")}, worked out by hand. */
  static final String HELPDESK_AUTHORIZATION = "NjkzOTc3MTc0MzUzMTY5NjE0NzpodC1zZWNyZXQtaGVscGRlc2stdG9rZW4=";

  static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  private static final Pattern FAQ_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)");
  private static final Pattern IMAGE_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)/image/([^/?]+)");
  private static final JsonAdapter<Map<String, Object>> JSON_OBJECT =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Map<String, String> faqs = new ConcurrentHashMap<>();
  private final Map<String, Image> images = new ConcurrentHashMap<>();
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicLong helpdeskRequests = new AtomicLong();
  private final List<Long> helpdeskArrivals = new CopyOnWriteArrayList<>();
  private final Failures helpdeskFailures = new Failures();
  private final Failures tokenFailures = new Failures();
  private final AtomicInteger tokenRefusalsLeft = new AtomicInteger();
  private volatile int tokenRefusalCode = 99991663;
  private volatile long expireSeconds = 7200;
  private volatile long tokenDelayMillis;

  private record Image(String contentType, byte[] bytes) {}

  /** The next so many requests of one kind are answered with a failure. */
  private static final class Failures {
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

  FeishuSimulator faq(String id, String responseJson) {
    faqs.put(id, responseJson);
    return this;
  }

  FeishuSimulator image(String faqId, String key, String contentType, byte[] bytes) {
    images.put(faqId + "/" + key, new Image(contentType, bytes));
    return this;
  }

  /** The {@code expire} of the tokens issued from now on, in seconds. */
  void expireTokensAfter(long seconds) {
    expireSeconds = seconds;
  }

  /** Holds every token answer back this long, so that concurrent first callers overlap. */
  void delayTokenAnswers(long millis) {
    tokenDelayMillis = millis;
  }

  /** Refuses the token of the next {@code count} helpdesk calls with {@code code}, valid or not. */
  void refuseNextTokens(int count, int code) {
    tokenRefusalCode = code;
    tokenRefusalsLeft.set(count);
  }

  /** Answers the next {@code count} helpdesk calls with {@code failure} ({@link Integer#MAX_VALUE}: until healed). */
  void failNextHelpdeskCalls(int count, Supplier<MockResponse> failure) {
    helpdeskFailures.next(count, failure);
  }

  /** Serves helpdesk calls normally again. */
  void healHelpdeskCalls() {
    helpdeskFailures.next(0, null);
  }

  /** Answers the next {@code count} token requests with {@code failure}. */
  void failNextTokenRequests(int count, Supplier<MockResponse> failure) {
    tokenFailures.next(count, failure);
  }

  /** A valid token, as if the caller had fetched it elsewhere: no request is counted. */
  String grantToken() {
    String token = "t-granted-" + validTokens.size();
    validTokens.add(token);
    return token;
  }

  /** Forgets every token issued so far, as when the platform invalidates them: helpdesk calls get 99991663. */
  void revokeTokens() {
    validTokens.clear();
  }

  int tokensIssued() {
    return tokensIssued.get();
  }

  /** Token requests received, answered with a token or not. */
  int tokenRequests() {
    return tokenRequests.get();
  }

  /** When each helpdesk request arrived, in {@link System#nanoTime()}, in order of arrival. */
  List<Long> helpdeskArrivals() {
    return List.copyOf(helpdeskArrivals);
  }

  long helpdeskRequests() {
    return helpdeskRequests.get();
  }

  /** The bearer tokens that helpdesk calls carried, in order. */
  List<String> tokensSeen() {
    return List.copyOf(tokensSeen);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath();
    if ("POST".equals(request.getMethod()) && TOKEN_PATH.equals(path)) {
      tokenRequests.incrementAndGet();
      MockResponse failure = tokenFailures.take();
      return failure != null ? failure : issueToken(request);
    }
    if (!"GET".equals(request.getMethod()) || !path.startsWith("/open-apis/helpdesk/v1/")) {
      return json(404, "{\"code\":404,\"msg\":\"404 page not found\"}");
    }
    helpdeskArrivals.add(System.nanoTime());
    helpdeskRequests.incrementAndGet();
    MockResponse failure = helpdeskFailures.take();
    if (failure != null) {
      return failure;
    }
    String bearer = String.valueOf(request.getHeader("Authorization"));
    tokensSeen.add(bearer.replaceFirst("^Bearer ", ""));
    if (tokenRefusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
        || !bearer.startsWith("Bearer ") || !validTokens.contains(bearer.substring("Bearer ".length()))) {
      return json(401, "{\"code\":" + tokenRefusalCode + ",\"msg\":\"Invalid access token for authorization.\"}");
    }
    if (!HELPDESK_AUTHORIZATION.equals(request.getHeader(FeishuApi.HELPDESK_AUTHORIZATION))) {
      return json(401, "{\"code\":154001,\"msg\":\"helpdesk authorization failed\"}");
    }
    Matcher image = IMAGE_PATH.matcher(path);
    if (image.matches()) {
      Image found = images.get(image.group(1) + "/" + image.group(2));
      return found == null ? notFound() : new MockResponse().setHeader("Content-Type", found.contentType())
          .setBody(new Buffer().write(found.bytes()));
    }
    Matcher faq = FAQ_PATH.matcher(path);
    if (faq.matches()) {
      String found = faqs.get(faq.group(1));
      return found == null ? notFound() : json(200, found);
    }
    return notFound();
  }

  private MockResponse issueToken(RecordedRequest request) {
    Map<String, Object> body;
    try {
      body = JSON_OBJECT.fromJson(request.getBody().readUtf8());
    } catch (IOException | RuntimeException malformed) {
      return json(400, "{\"code\":10003,\"msg\":\"invalid param\"}");
    }
    if (body == null || !APP_ID.equals(body.get("app_id")) || !APP_SECRET.equals(body.get("app_secret"))) {
      return json(400, "{\"code\":10014,\"msg\":\"app secret invalid\"}");
    }
    String token = "t-simulated-" + tokensIssued.incrementAndGet();
    validTokens.add(token);
    return json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + token + "\",\"expire\":"
        + expireSeconds + "}").setHeadersDelay(tokenDelayMillis, TimeUnit.MILLISECONDS);
  }

  private static MockResponse notFound() {
    return json(404, "{\"code\":154004,\"msg\":\"Resource not found\"}");
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
