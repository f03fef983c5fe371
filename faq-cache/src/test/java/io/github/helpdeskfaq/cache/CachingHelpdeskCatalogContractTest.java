package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.testkit.CatalogContractData;
import io.github.helpdeskfaq.testkit.FaqCatalogContract;

/** The catalog's contract through the cache: what it does not cache passes through unchanged, lazily. */
class CachingHelpdeskCatalogContractTest extends FaqCatalogContract {

  private FakeHelpdesk fake;

  @Override
  protected Helpdesk createHelpdesk(CatalogContractData.Contents contents) {
    FakeHelpdesk.Builder builder = FakeHelpdesk.builder().faqs(contents.faqs()).pageSize(contents.pageSize());
    contents.categories().forEach(builder::category);
    fake = builder.build();
    return CachingHelpdesk.builder(fake).build();
  }

  @Override
  protected long requestsObserved() {
    return fake.catalogCalls().size();
  }
}
