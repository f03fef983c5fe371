package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.CatalogContractData;
import io.github.helpdeskfaq.testkit.FaqCatalogContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The catalog's and the categories' contract, against the adapter talking to the simulated Feishu on loopback. */
class FeishuCatalogContractTest extends FaqCatalogContract {

  private final FeishuSimulator feishu = FeishuSimulator.start();

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  @Override
  protected Helpdesk createHelpdesk(CatalogContractData.Contents contents) {
    FakeHelpdesk.Builder content = FakeHelpdesk.builder().faqs(contents.faqs());
    contents.categories().forEach(content::category);
    feishu.serve(content.build());
    return FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .tenantAccessTokenSource(feishu::grantToken)
        .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
        .rateLimit(1000, Duration.ofSeconds(1))
        .pageSize(contents.pageSize())
        .build();
  }

  /** The helpdesk requests the server received: pages, the tree, a category; token requests are none. */
  @Override
  protected long requestsObserved() {
    return feishu.helpdeskRequests();
  }
}
