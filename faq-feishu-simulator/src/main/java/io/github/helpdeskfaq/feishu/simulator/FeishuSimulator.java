package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Feishu helpdesk on 127.0.0.1 that serves a {@link FakeHelpdesk}'s content in Feishu's wire format, as the Open
 * Platform documents it: it issues tenant tokens to the right app credentials, checks both authorization headers on
 * every helpdesk call (99991663 for an unknown token, 154001 for wrong helpdesk credentials), and answers the
 * helpdesk's reads through the fake's ports: a FAQ, an image, a page of the list or the search, the category tree,
 * one category (154004 for what the fake does not hold). Listing, searching and paging are the fake's, exactly.
 * Writes go through the fake's writer ({@link HelpdeskWrites} has the bodies) with a user access token from its OAuth
 * endpoints ({@link #authorizationCode}, {@link #USER_TOKEN_PATH}: codes and refresh tokens that work once).
 *
 * <p>Tests can script a FAQ's or an image's answer ({@link #answerFaq}, {@link #answerImage}) and the list's and
 * search's pages ({@link #answerPages}), refuse or revoke tokens, delay token answers, answer the next calls with a
 * failure ({@link FeishuResponses}, {@link SimulatedAnswer}) and enforce a rate limit ({@link #enforceQuota}); it
 * counts every request and records it ({@link #takeRequest()}). A failure injected into the fake itself comes back
 * as Feishu would answer it.
 *
 * <p>It runs on the JDK's own HTTP server, each request on a thread of its own, and sets the system property
 * {@code sun.net.httpserver.nodelay} (unless set) before the JDK's server classes first start, so that answers on a
 * kept-alive connection are not held back by Nagle's algorithm; no caller has to. Start one with {@link #start()}
 * and close it after the test, or let {@link FeishuSimulatorExtension} do both. Nothing is logged.
 */
public final class FeishuSimulator implements AutoCloseable {

  /** The token endpoint's path. */
  public static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  /** The OAuth token endpoint's path: user tokens for a code or a refresh token. */
  public static final String USER_TOKEN_PATH = "/open-apis/authen/v2/oauth/token";
  /** The authorize page's path (on {@code accounts.feishu.cn} in production): consents at once and redirects. */
  public static final String AUTHORIZE_PATH = "/open-apis/authen/v1/authorize";

  private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(5);

  private final TenantTokens tokens;
  private final UserOAuth users;
  private final HelpdeskEndpoints endpoints;
  private final HelpdeskWrites writes;
  private final Routes routes;
  private final SimulatorServer server;

  private FeishuSimulator(Credentials credentials, FakeHelpdesk content, int port) {
    this.tokens = new TenantTokens(credentials);
    this.users = new UserOAuth(credentials);
    this.endpoints = new HelpdeskEndpoints(content);
    this.writes = new HelpdeskWrites(endpoints::content);
    this.routes = new Routes(tokens, users, endpoints, writes);
    this.server = SimulatorServer.start(port, routes::answer);
  }

  /** Starts a simulator that knows {@link Credentials#DEFAULT} and serves an empty fake, on a free port. */
  public static FeishuSimulator start() {
    return start(Credentials.DEFAULT);
  }

  /** Starts a simulator that knows these credentials and serves an empty fake, on a free port. */
  public static FeishuSimulator start(Credentials credentials) {
    return start(credentials, FakeHelpdesk.builder().build());
  }

  /** Starts a simulator that knows {@link Credentials#DEFAULT} and serves this fake, on a free port. */
  public static FeishuSimulator start(FakeHelpdesk content) {
    return start(Credentials.DEFAULT, content);
  }

  /** Starts a simulator that knows these credentials and serves this fake, on a free port. */
  public static FeishuSimulator start(Credentials credentials, FakeHelpdesk content) {
    return start(credentials, content, 0);
  }

  /**
   * Starts a simulator that knows these credentials and serves this fake, on a port of 127.0.0.1.
   *
   * @param credentials the credentials it accepts
   * @param content what it serves
   * @param port the port; 0 for a free one
   * @return the running simulator
   * @throws java.io.UncheckedIOException if the port cannot be bound
   */
  public static FeishuSimulator start(Credentials credentials, FakeHelpdesk content, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
    }
    return new FeishuSimulator(credentials, content, port);
  }

  /** {@code http://127.0.0.1:port/}, the base URL to give a client. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The credentials it accepts. */
  public Credentials credentials() {
    return tokens.credentials();
  }

  /** The fake it serves: change it, inject failures into it or read its recorded calls while the simulator runs. */
  public FakeHelpdesk helpdesk() {
    return endpoints.content();
  }

  /** Serves another fake from now on; scripted answers stay. */
  public FeishuSimulator serve(FakeHelpdesk content) {
    endpoints.serve(content);
    return this;
  }

  /** Answers the FAQ detail of this id with this whole answer, {@code {"code":0,...,"data":{"faq":{...}}}}. */
  public FeishuSimulator faq(String id, String responseJson) {
    return answerFaq(id, () -> FeishuResponses.json(200, responseJson));
  }

  /** Answers the FAQ detail of this id with what {@code answer} makes, to an authorized call, whatever it holds. */
  public FeishuSimulator answerFaq(String id, Supplier<SimulatedAnswer> answer) {
    endpoints.scriptFaq(id, answer);
    return this;
  }

  /** Answers this image of a FAQ with these bytes and content type, whatever the fake holds. */
  public FeishuSimulator image(String faqId, String key, String contentType, byte[] bytes) {
    SimulatedAnswer image = FeishuResponses.image(contentType, bytes);
    return answerImage(faqId, key, () -> image);
  }

  /** Answers this image of a FAQ with what {@code answer} makes, to an authorized call, whatever the fake holds. */
  public FeishuSimulator answerImage(String faqId, String key, Supplier<SimulatedAnswer> answer) {
    endpoints.scriptImage(faqId, key, answer);
    return this;
  }

  /**
   * Answers every authorized list and search request with what {@code answers} makes of it, instead of the fake's
   * pages: for tests of a pager's robustness. They are still counted by {@link #pageRequests()}.
   *
   * @param answers makes each page's answer; {@code null} serves the fake's pages again
   * @return this simulator
   */
  public FeishuSimulator answerPages(Function<SimulatedRequest, SimulatedAnswer> answers) {
    endpoints.scriptPages(answers);
    return this;
  }

  /** The list and search requests that were authorized and reached the catalog. */
  public long pageRequests() {
    return endpoints.pageRequests();
  }

  /** The {@code expire} of the tokens issued from now on, in seconds. Default 7200. */
  public void expireTokensAfter(long seconds) {
    tokens.expireAfter(seconds);
  }

  /** Holds every token answer back this long, so that concurrent first callers overlap. */
  public void delayTokenAnswers(Duration delay) {
    tokens.delayAnswers(delay);
  }

  /** Refuses the token of the next {@code count} helpdesk calls with {@code code}, valid or not. */
  public void refuseNextTokens(int count, int code) {
    tokens.refuseNext(count, code);
  }

  /** Accepts this tenant token from now on, as if the caller had fetched it elsewhere; no request is counted. */
  public String acceptToken(String token) {
    return tokens.accept(token);
  }

  /** A fresh valid token ({@code t-granted-} and a number), as if the caller had fetched it elsewhere. */
  public String grantToken() {
    return tokens.grant();
  }

  /** Forgets every token accepted so far, as when the platform invalidates them: helpdesk calls get 99991663. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /**
   * An authorization code, as if the user had signed in and consented for {@code redirectUri}: exchanged once at
   * {@link #USER_TOKEN_PATH} for user tokens. {@link #AUTHORIZE_PATH} hands out the same, by a redirect.
   */
  public String authorizationCode(String redirectUri) {
    return users.code(Objects.requireNonNull(redirectUri, "redirectUri"));
  }

  /** The {@code expires_in} of the user access tokens issued from now on, in seconds. Default 7200. */
  public void expireUserTokensAfter(long seconds) {
    users.expireAfter(seconds);
  }

  /** Every user access token issued so far expires now (writes get 99991677); refresh tokens still work. */
  public void expireUserAccessTokens() {
    users.expireAccessTokens();
  }

  /** Every refresh token dies now, as when the user revokes the app's access: refreshes get {@code invalid_grant}. */
  public void revokeRefreshTokens() {
    users.revokeRefreshTokens();
  }

  /** Refreshes answered with a new pair. */
  public int userTokenRefreshes() {
    return users.refreshes();
  }

  /** Refreshes refused because the refresh token was unknown, used or revoked. */
  public int refusedUserTokenRefreshes() {
    return users.refusedRefreshes();
  }

  /** Writes that were authorized and reached the fake, whatever they were answered. */
  public long writeRequests() {
    return writes.writes();
  }

  /**
   * Makes the next {@code count} writes happen and then drops their connections before any answer, as a lost
   * response does: the client cannot tell whether the write happened. 0 answers every write again.
   */
  public void loseNextWriteAnswers(int count) {
    writes.loseNextAnswers(count);
  }

  /**
   * Answers the next {@code count} helpdesk calls with {@code failure}, before their credentials are checked.
   *
   * @param count how many calls; {@link Integer#MAX_VALUE}: until healed
   * @param failure makes the answer, once per call
   */
  public void failNextHelpdeskCalls(int count, Supplier<SimulatedAnswer> failure) {
    routes.helpdeskFaults().next(count, failure);
  }

  /** Serves helpdesk calls normally again. */
  public void healHelpdeskCalls() {
    routes.helpdeskFaults().next(0, null);
  }

  /** Answers the next {@code count} token requests with {@code failure} (0 and {@code null}: heals). */
  public void failNextTokenRequests(int count, Supplier<SimulatedAnswer> failure) {
    tokens.failNext(count, failure);
  }

  /** Tokens issued to token requests. */
  public int tokensIssued() {
    return tokens.issued();
  }

  /** Token requests received, answered with a token or not. */
  public int tokenRequests() {
    return tokens.requests();
  }

  /** Helpdesk requests received, whatever they were answered. */
  public long helpdeskRequests() {
    return routes.helpdeskRequests();
  }

  /** Every request received. */
  public int requestCount() {
    return server.requestCount();
  }

  /**
   * The bearer tokens that helpdesk calls carried, in order (those answered with an injected failure excepted): the
   * latest 10,000.
   */
  public List<String> tokensSeen() {
    return tokens.seen();
  }

  /**
   * The next request received, in order, waiting up to five seconds for it. The latest 10,000 requests are kept.
   *
   * @return the request
   * @throws AssertionError if none came
   */
  public SimulatedRequest takeRequest() {
    try {
      SimulatedRequest request = server.takeRequest(TAKE_TIMEOUT);
      if (request == null) {
        throw new AssertionError("no request reached the simulated Feishu within " + TAKE_TIMEOUT.toSeconds()
            + " s");
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
   * @param permits requests admitted in each period
   * @param period the length of a window
   * @param clock the clock the windows are on
   * @return the quota, which counts what it admits and refuses
   */
  public SimulatedQuota enforceQuota(int permits, Duration period, Clock clock) {
    SimulatedQuota enforced = new SimulatedQuota(permits, period, clock);
    routes.enforce(enforced);
    return enforced;
  }

  /**
   * Stops listening, closes every connection and releases every answer still waiting, within a few seconds;
   * idempotent.
   */
  @Override
  public void close() {
    server.close();
  }

  /** Where it listens and what it accepts; the secrets masked. */
  @Override
  public String toString() {
    return "FeishuSimulator[" + baseUrl() + ", " + credentials() + ", " + helpdesk() + "]";
  }
}
