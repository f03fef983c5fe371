package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.KnowledgeBaseWriterContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The write contract, against the adapter writing to the simulated Feishu with a signed-in user's tokens. */
class FeishuWriterContractTest extends KnowledgeBaseWriterContract {

  private final FeishuSimulator feishu = FeishuSimulator.start();

  @TempDir
  Path dir;

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  @Override
  protected WritableHelpdesk createHelpdesk() {
    return Writers.signedIn(feishu, Writers.withTokenFile(feishu.baseUrl(), dir.resolve("user-tokens")));
  }

  /** Every request the simulated Feishu received: reads, writes and token requests. */
  @Override
  protected long requestsObserved() {
    return feishu.requestCount();
  }
}
