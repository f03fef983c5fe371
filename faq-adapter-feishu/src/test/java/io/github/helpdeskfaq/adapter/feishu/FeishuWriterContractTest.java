package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.KnowledgeBaseWriterContract;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The write contract, against the adapter writing to the simulated Feishu with a signed-in user's tokens. */
class FeishuWriterContractTest extends KnowledgeBaseWriterContract {

  private static final String REDIRECT = "http://127.0.0.1:9/callback";

  private final FeishuSimulator feishu = FeishuSimulator.start();

  @TempDir
  Path dir;

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  @Override
  protected WritableHelpdesk createHelpdesk() {
    FeishuHelpdesk helpdesk = FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .appCredentials(LoopbackFeishu.CREDENTIALS.appId(), LoopbackFeishu.CREDENTIALS.appSecret())
        .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
        .userTokenStore(FileUserTokenStore.at(dir.resolve("user-tokens")))
        .rateLimit(1000, Duration.ofSeconds(1))
        .build();
    helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
    return helpdesk;
  }

  /** Every request the simulated Feishu received: reads, writes and token requests. */
  @Override
  protected long requestsObserved() {
    return feishu.requestCount();
  }
}
