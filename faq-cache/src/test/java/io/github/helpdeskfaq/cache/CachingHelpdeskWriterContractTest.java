package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.testkit.KnowledgeBaseWriterContract;

/** Writes through the cache are read back at once: the cache forgets what each write makes stale. */
class CachingHelpdeskWriterContractTest extends KnowledgeBaseWriterContract {

  private FakeHelpdesk fake;

  @Override
  protected WritableHelpdesk createHelpdesk() {
    fake = FakeHelpdesk.builder().build();
    return CachingHelpdesk.builder(fake).build().writingThrough(fake);
  }

  @Override
  protected long requestsObserved() {
    return fake.writeCalls().size() + fake.calls().size() + fake.catalogCalls().size();
  }
}
