package io.github.helpdeskfaq.feishu.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The user side of {@link FeishuSimulator}, as the platform's OAuth documents describe it ("获取授权码",
 * https://open.feishu.cn/document/common-capabilities/sso/api/obtain-oauth-code; "获取 user_access_token" and "刷新
 * user_access_token", https://open.feishu.cn/document/authentication-management/access-token/): an authorize page
 * that consents at once and redirects with a code, a token endpoint that exchanges a code once and a refresh token
 * once (each refresh rotates it), and the check of the user token on every write. Thread-safe.
 *
 * <p>A refused code or refresh token is HTTP 400 with {@code error} {@code invalid_grant} (RFC 6749, section 5.2)
 * and the code {@value #INVALID_GRANT}, the simulator's own number: the platform publishes none for it, so a client
 * should decide on {@code error}. A write with a tenant token is refused with 99991672, one with an expired user
 * token with 99991677, one with an unknown token with 99991668 (the platform's codes around tokens).
 */
final class UserOAuth {

  /** The simulator's code for a refused grant; see the class documentation. */
  static final long INVALID_GRANT = 20026;
  private static final String BEARER = "Bearer ";
  private static final long REFRESH_EXPIRES_IN = 30L * 24 * 3600;

  private final Credentials credentials;
  private final Map<String, String> codes = new ConcurrentHashMap<>();
  private final Set<String> liveAccess = ConcurrentHashMap.newKeySet();
  private final Set<String> expiredAccess = ConcurrentHashMap.newKeySet();
  private final Set<String> liveRefresh = ConcurrentHashMap.newKeySet();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger refreshes = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile long expiresIn = 7200;

  UserOAuth(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** {@code GET} on the authorize path: the user consents at once; 302 to {@code redirect_uri} with a code. */
  SimulatedAnswer authorize(SimulatedRequest request) {
    String redirect = request.queryParameter("redirect_uri");
    if (!credentials.appId().equals(request.queryParameter("client_id")) || redirect == null || redirect.isBlank()) {
      return FeishuResponses.error(400, 20001, "client_id and redirect_uri are required");
    }
    String code = code(redirect);
    String state = request.queryParameter("state");
    String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + encode(code)
        + (state == null ? "" : "&state=" + encode(state));
    return SimulatedAnswer.of(302).withHeader("Location", location);
  }

  /** A code, as if the user had consented for {@code redirectUri}; it works once. */
  String code(String redirectUri) {
    String code = "simulated-code-" + issued.incrementAndGet();
    codes.put(code, redirectUri);
    return code;
  }

  /** {@code POST} on the token path: a code or a refresh token for a new pair, each once. */
  SimulatedAnswer token(SimulatedRequest request) {
    Map<?, ?> body;
    try {
      body = JsonIn.read(request.bodyText()) instanceof Map<?, ?> object ? object : Map.of();
    } catch (IllegalArgumentException notJson) {
      body = Map.of();
    }
    if (!credentials.appId().equals(body.get("client_id"))
        || !credentials.appSecret().equals(body.get("client_secret"))) {
      return refusal("invalid_client", 20002, "client_id or client_secret is wrong");
    }
    Object grant = body.get("grant_type");
    if ("authorization_code".equals(grant)) {
      String redirect = codes.remove(String.valueOf(body.get("code")));
      if (redirect == null || body.containsKey("redirect_uri") && !redirect.equals(body.get("redirect_uri"))) {
        return refusal("invalid_grant", INVALID_GRANT, "the code is unknown, used, or for another redirect_uri");
      }
      return issue();
    }
    if ("refresh_token".equals(grant)) {
      if (!liveRefresh.remove(String.valueOf(body.get("refresh_token")))) {
        refused.incrementAndGet();
        return refusal("invalid_grant", INVALID_GRANT, "the refresh token is unknown, expired, revoked or used");
      }
      refreshes.incrementAndGet();
      return issue();
    }
    return refusal("unsupported_grant_type", 20003, "grant_type must be authorization_code or refresh_token");
  }

  /** The refusal of a write's user token, or {@code null} when it is live. */
  SimulatedAnswer writeRefusal(SimulatedRequest request) {
    String bearer = String.valueOf(request.header("Authorization"));
    String token = bearer.startsWith(BEARER) ? bearer.substring(BEARER.length()) : "";
    if (liveAccess.contains(token)) {
      return null;
    }
    if (expiredAccess.contains(token)) {
      return FeishuResponses.error(401, 99991677, "user access token expired");
    }
    if (token.startsWith("t-")) {
      return FeishuResponses.error(403, 99991672, "this API needs a user access token, not a tenant access token");
    }
    return FeishuResponses.error(401, 99991668, "Invalid access token for authorization.");
  }

  /** Every user access token issued so far expires now; refresh tokens still work. */
  void expireAccessTokens() {
    expiredAccess.addAll(liveAccess);
    liveAccess.clear();
  }

  /** Every refresh token dies now, as when the user revokes the app's access. */
  void revokeRefreshTokens() {
    liveRefresh.clear();
  }

  void expireAfter(long seconds) {
    expiresIn = seconds;
  }

  int refreshes() {
    return refreshes.get();
  }

  int refusedRefreshes() {
    return refused.get();
  }

  private SimulatedAnswer issue() {
    int n = issued.incrementAndGet();
    String access = "u-simulated-" + n;
    String refresh = "ur-simulated-" + n;
    liveAccess.add(access);
    liveRefresh.add(refresh);
    return FeishuResponses.json(200, new JsonOut().beginObject().name("code").value(0)
        .name("access_token").value(access).name("expires_in").value(expiresIn)
        .name("refresh_token").value(refresh).name("refresh_token_expires_in").value(REFRESH_EXPIRES_IN)
        .name("scope").value("helpdesk:all offline_access").name("token_type").value("Bearer")
        .endObject().toBytes());
  }

  private static SimulatedAnswer refusal(String error, long code, String description) {
    return FeishuResponses.json(400, new JsonOut().beginObject().name("code").value(code).name("error").value(error)
        .name("error_description").value(description).endObject().toBytes());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
