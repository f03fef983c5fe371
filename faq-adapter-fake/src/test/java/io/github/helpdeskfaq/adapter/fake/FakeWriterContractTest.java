package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.testkit.KnowledgeBaseWriterContract;

class FakeWriterContractTest extends KnowledgeBaseWriterContract {

  private FakeHelpdesk fake;

  @Override
  protected WritableHelpdesk createHelpdesk() {
    fake = FakeHelpdesk.builder().build();
    return fake;
  }

  @Override
  protected long requestsObserved() {
    return fake.writeCalls().size() + fake.calls().size() + fake.catalogCalls().size();
  }
}
