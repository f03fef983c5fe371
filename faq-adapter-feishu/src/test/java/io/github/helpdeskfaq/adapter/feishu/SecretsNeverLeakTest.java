package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure path of the resilience suite once more, with every log event of the JVM recorded at every level:
 * the app secret, the helpdesk token (and the header made of it), every tenant token the simulator handed out, and
 * every user access token, refresh token and sign-in code of the writes appear in no log line, no exception message
 * (causes included), and no {@code toString()}.
 */
class SecretsNeverLeakTest {

  private static final String WRONG_APP_SECRET = "wrong-app-secret-never-to-be-seen";
  private static final String REDIRECT = "http://127.0.0.1:9/callback";
  private static final NewFaq NEW_FAQ = NewFaq.builder("Wi-Fi?").answer("Join office.").build();

  @TempDir
  Path tokens;

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;
  private final List<Throwable> thrown = new ArrayList<>();
  private final List<Object> shown = new ArrayList<>();

  @Test
  void no_secret_in_any_log_line_exception_or_to_string() {
    try (LogRecorder log = LogRecorder.everything()) {
      runEveryFailurePath();

      assertThat(thrown).as("failures caught").hasSizeGreaterThan(20);
      List<String> texts = new ArrayList<>(log.lines());
      assertThat(texts).as("log lines recorded").isNotEmpty()
          .anySatisfy(line -> assertThat(line).contains("Feishu circuit breaker OPEN"))
          .anySatisfy(line -> assertThat(line).contains("Throttling calls to Feishu client-side"))
          .anySatisfy(line -> assertThat(line).startsWith("DEBUG"));
      for (Throwable failure : thrown) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
          texts.add(String.valueOf(t.getMessage()));
          texts.add(t.toString());
        }
      }
      shown.add(HelpdeskAuthorization.of(LoopbackFeishu.CREDENTIALS.helpdeskId(),
          LoopbackFeishu.CREDENTIALS.helpdeskToken()));
      shown.add(new TenantToken("t-simulated-token"));
      shown.forEach(object -> texts.add(object.toString()));

      List<String> secrets = new ArrayList<>(List.of(LoopbackFeishu.CREDENTIALS.appSecret(), WRONG_APP_SECRET,
          LoopbackFeishu.CREDENTIALS.helpdeskToken(), LoopbackFeishu.HELPDESK_AUTHORIZATION, "t-simulated-", "t-granted-",
          "u-simulated-", "ur-simulated-", "simulated-code-"));
      assertThat(feishu.userTokenRefreshes()).as("user tokens refreshed").isEqualTo(1);
      assertThat(feishu.tokensIssued()).as("tenant tokens handed out").isGreaterThan(3);
      for (String text : texts) {
        assertThat(text).doesNotContain(secrets);
      }
    }
  }

  private void runEveryFailurePath() {
    stormOpensTheBreakerThenAProbeClosesIt();

    FeishuHelpdesk.Builder builder = loopback.withAppCredentials().circuitBreakerWindow(100, 100)
        .readTimeout(Duration.ofMillis(200));
    FeishuHelpdesk repository = builder.build();
    shown.add(builder);
    shown.add(repository);
    every(repository, () -> FeishuResponses.rateLimited(1));
    every(repository, () -> FeishuResponses.rateLimited(null));
    every(repository, () -> LoopbackFeishu.slow(Duration.ofMillis(400)));
    every(repository, LoopbackFeishu::droppedMidBody);
    every(repository, () -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"69"));
    every(repository, FeishuResponses::gatewayPage);
    every(repository, () -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"faq\":[]}}"));
    every(repository, () -> FeishuResponses.json(403, "{\"code\":154003,\"msg\":\"no access\"}"));
    feishu.failNextHelpdeskCalls(1, () -> LoopbackFeishu.image().withBody(new byte[64 * 1024])
        .brokenOffMidBody());
    attempt(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> image.stream().readAllBytes()));
    feishu.healHelpdeskCalls();

    feishu.revokeTokens();
    attempt(() -> repository.findById(KNOWN_FAQ_ID));
    feishu.refuseNextTokens(2, 99991663);
    attempt(() -> repository.findById(KNOWN_FAQ_ID));

    tokenEndpointFailures();
    throttledClientSide();
    shown.add(repository.health());
    userTokenPaths();
  }

  /** Writes with user tokens: a sign-in, a refresh, a lost answer, refused refresh and fixed tokens. */
  private void userTokenPaths() {
    FileUserTokenStore store = FileUserTokenStore.at(tokens.resolve("user-tokens"));
    FeishuHelpdesk.Builder builder = loopback.withAppCredentials().userTokenStore(store);
    FeishuHelpdesk writer = builder.build();
    shown.add(builder);
    shown.add(writer);
    shown.add(writer.signIn());
    attempt(() -> writer.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT));
    attempt(() -> writer.signIn().complete("simulated-code-used-or-unknown", REDIRECT));
    shown.add(store.load());
    attempt(() -> writer.createFaq(NEW_FAQ));
    feishu.expireUserAccessTokens();
    attempt(() -> writer.createFaq(NEW_FAQ));
    feishu.loseNextWriteAnswers(1);
    attempt(() -> writer.createFaq(NewFaq.builder("Lost?").answer("A.").build()));
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);
    attempt(() -> writer.createFaq(NewFaq.builder("Unknown?").answer("A.").build()));
    feishu.expireUserAccessTokens();
    feishu.revokeRefreshTokens();
    attempt(() -> writer.createFaq(NEW_FAQ));
    FeishuHelpdesk fixed = loopback.withAppCredentials().userAccessToken("u-simulated-fixed-token").build();
    shown.add(fixed);
    attempt(() -> fixed.createFaq(NEW_FAQ));
    attempt(() -> fixed.createFaq(NEW_FAQ));
    shown.add(new UserToken("u-simulated-token"));
  }

  private void stormOpensTheBreakerThenAProbeClosesIt() {
    FeishuHelpdesk repository = loopback.withAppCredentials().circuitBreakerWindow(4, 4)
        .circuitBreakerHalfOpenCalls(1).build();
    attempt(() -> repository.findById(KNOWN_FAQ_ID));
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, FeishuResponses::serverError);
    for (int call = 0; call < 4; call++) {
      attempt(() -> repository.findById(KNOWN_FAQ_ID));
    }
    attempt(() -> repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read"));
    shown.add(repository.health());
    feishu.healHelpdeskCalls();
    loopback.clock.advance(Duration.ofMinutes(1));
    attempt(() -> repository.findById(KNOWN_FAQ_ID));
  }

  private void tokenEndpointFailures() {
    FeishuHelpdesk fresh = loopback.withAppCredentials().circuitBreakerWindow(2, 2).build();
    feishu.failNextTokenRequests(Integer.MAX_VALUE, () -> FeishuResponses.json(503, ""));
    for (int call = 0; call < 3; call++) {
      attempt(() -> fresh.findById(KNOWN_FAQ_ID));
    }
    feishu.failNextTokenRequests(0, null);
    FeishuHelpdesk.Builder wrongSecret = loopback.withAppCredentials()
        .appCredentials(LoopbackFeishu.CREDENTIALS.appId(), WRONG_APP_SECRET);
    shown.add(wrongSecret);
    attempt(() -> wrongSecret.build().findById(KNOWN_FAQ_ID));
  }

  private void throttledClientSide() {
    FeishuHelpdesk.Builder builder = loopback.withTokenSource().rateLimit(1, Duration.ofHours(1))
        .maxWaitForPermit(Duration.ZERO);
    FeishuHelpdesk throttled = builder.build();
    shown.add(builder);
    shown.add(throttled);
    for (int call = 0; call < 3; call++) {
      attempt(() -> throttled.findById(KNOWN_FAQ_ID));
    }
    shown.add(throttled.health());
  }

  /** Answers every helpdesk call of one findById with {@code failure}, then serves normally again. */
  private void every(FeishuHelpdesk repository, Supplier<SimulatedAnswer> failure) {
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, failure);
    attempt(() -> repository.findById(KNOWN_FAQ_ID));
    feishu.healHelpdeskCalls();
  }

  private void attempt(Callable<?> call) {
    try {
      shown.add(String.valueOf(call.call()));
    } catch (Exception failure) {
      thrown.add(failure);
    }
  }
}
