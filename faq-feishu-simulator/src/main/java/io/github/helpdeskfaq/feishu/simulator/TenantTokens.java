package io.github.helpdeskfaq.feishu.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The token side of {@link FeishuSimulator}, as the platform's "get tenant_access_token (self-built app)" document
 * describes it: a token for the right app credentials ({@code t-simulated-1}, {@code -2}, ...), and the check of
 * both authorization headers on every helpdesk call: 99991663 for a token it does not know, 154001 for the wrong
 * helpdesk credentials. Thread-safe.
 */
final class TenantTokens {

  private static final String BEARER = "Bearer ";

  private final Credentials credentials;
  private final Set<String> valid = ConcurrentHashMap.newKeySet();
  private final Recent<String> seen = new Recent<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger granted = new AtomicInteger();
  private final AtomicInteger refusalsLeft = new AtomicInteger();
  private final Faults faults = new Faults();
  private volatile int refusalCode = 99991663;
  private volatile long expireSeconds = 7200;
  private volatile Duration delay = Duration.ZERO;

  TenantTokens(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** The answer to {@code POST} on the token path: a failure set up for it, a refusal, or a fresh token. */
  SimulatedAnswer answer(SimulatedRequest request) {
    requests.incrementAndGet();
    SimulatedAnswer failure = faults.take();
    if (failure != null) {
      return failure;
    }
    Map<?, ?> body;
    try {
      body = JsonIn.read(request.bodyText()) instanceof Map<?, ?> object ? object : null;
    } catch (IllegalArgumentException notJson) {
      body = null;
    }
    if (body == null) {
      return FeishuResponses.error(400, 10003, "invalid param");
    }
    if (!credentials.appId().equals(body.get("app_id")) || !credentials.appSecret().equals(body.get("app_secret"))) {
      return FeishuResponses.error(400, 10014, "app secret invalid");
    }
    String token = "t-simulated-" + issued.incrementAndGet();
    valid.add(token);
    return FeishuResponses.json(200, WireFormat.tenantToken(token, expireSeconds)).withHeadDelay(delay);
  }

  /** The refusal of a helpdesk call's credentials, or {@code null} when both headers are right. */
  SimulatedAnswer refusal(SimulatedRequest request) {
    String bearer = String.valueOf(request.header("Authorization"));
    seen.add(bearer.startsWith(BEARER) ? bearer.substring(BEARER.length()) : bearer);
    if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 || !bearer.startsWith(BEARER)
        || !valid.contains(bearer.substring(BEARER.length()))) {
      return FeishuResponses.error(401, refusalCode, "Invalid access token for authorization.");
    }
    return helpdeskRefusal(request);
  }

  /** 154001 when the helpdesk's header is wrong, or {@code null}: every helpdesk call, read or write, carries it. */
  SimulatedAnswer helpdeskRefusal(SimulatedRequest request) {
    if (!credentials.helpdeskAuthorization().equals(request.header("X-Lark-Helpdesk-Authorization"))) {
      return FeishuResponses.error(401, 154001, "helpdesk authorization failed");
    }
    return null;
  }

  Credentials credentials() {
    return credentials;
  }

  void failNext(int count, Supplier<SimulatedAnswer> failure) {
    faults.next(count, failure);
  }

  void expireAfter(long seconds) {
    expireSeconds = seconds;
  }

  void delayAnswers(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + by);
    }
    delay = by;
  }

  void refuseNext(int count, int code) {
    refusalCode = code;
    refusalsLeft.set(count);
  }

  String accept(String token) {
    valid.add(Objects.requireNonNull(token, "token"));
    return token;
  }

  String grant() {
    return accept("t-granted-" + granted.getAndIncrement());
  }

  void revokeAll() {
    valid.clear();
  }

  int issued() {
    return issued.get();
  }

  int requests() {
    return requests.get();
  }

  List<String> seen() {
    return seen.snapshot();
  }
}
