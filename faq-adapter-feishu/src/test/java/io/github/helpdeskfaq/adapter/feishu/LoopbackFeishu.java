package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared {@link FeishuSimulator} serving the contract's known FAQ and a small image, with builders for
 * repositories that talk to it on test clocks: token expiry and the breaker's open duration on {@link #clock}, retry
 * waits and throttling on {@link #retryClock} (recorded, never slept). Register it with {@code @RegisterExtension}:
 * it closes the simulator after each test.
 */
final class LoopbackFeishu implements AfterEachCallback {

  static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
  static final Credentials CREDENTIALS = Credentials.DEFAULT;
  /** {@code base64("6939771743531696147:ht-secret-helpdesk-token")}, worked out by hand. */
  static final String HELPDESK_AUTHORIZATION = "NjkzOTc3MTc0MzUzMTY5NjE0NzpodC1zZWNyZXQtaGVscGRlc2stdG9rZW4=";

  final FeishuSimulator feishu = FeishuSimulator.start()
      .faq(ContractData.KNOWN_FAQ_ID.value(), Fixtures.text(Fixtures.KNOWN_FAQ))
      .image(ContractData.KNOWN_FAQ_ID.value(), ContractData.IMAGE_KEY.value(), "image/png", IMAGE);
  final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final FakeRetryClock retryClock = new FakeRetryClock();

  /** The app's credentials: the repository fetches its tenant tokens from the simulator. */
  FeishuHelpdesk.Builder withAppCredentials() {
    return FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .appCredentials(CREDENTIALS.appId(), CREDENTIALS.appSecret())
        .helpdeskCredentials(CREDENTIALS.helpdeskId(), CREDENTIALS.helpdeskToken())
        .clock(clock)
        .retryClock(retryClock);
  }

  /** A tenant token that the simulator knows, handed in by the caller: no token requests. */
  FeishuHelpdesk.Builder withTokenSource() {
    String token = feishu.grantToken();
    return withTokenSource(() -> token);
  }

  /** The caller's own token source. */
  FeishuHelpdesk.Builder withTokenSource(Supplier<String> source) {
    return FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .tenantAccessTokenSource(source)
        .helpdeskCredentials(CREDENTIALS.helpdeskId(), CREDENTIALS.helpdeskToken())
        .clock(clock)
        .retryClock(retryClock);
  }

  /** The known FAQ's answer, its head sent after {@code delay}. */
  static SimulatedAnswer slow(Duration delay) {
    return FeishuResponses.slow(Fixtures.text(Fixtures.KNOWN_FAQ), delay);
  }

  /** The known FAQ's answer, its connection dropped halfway through the body. */
  static SimulatedAnswer droppedMidBody() {
    return FeishuResponses.droppedMidBody(Fixtures.text(Fixtures.KNOWN_FAQ));
  }

  /** The small image. */
  static SimulatedAnswer image() {
    return FeishuResponses.image("image/png", IMAGE);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    feishu.close();
  }
}
