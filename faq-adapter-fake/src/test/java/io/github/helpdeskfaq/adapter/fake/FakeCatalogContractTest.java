package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.testkit.CatalogContractData;
import io.github.helpdeskfaq.testkit.FaqCatalogContract;

/** The catalog's and the categories' contract, against the fake holding the contract's helpdesk. */
class FakeCatalogContractTest extends FaqCatalogContract {

  private FakeHelpdesk fake;

  @Override
  protected Helpdesk createHelpdesk(CatalogContractData.Contents contents) {
    FakeHelpdesk.Builder builder = FakeHelpdesk.builder().faqs(contents.faqs())
        .pageSize(contents.pageSize());
    contents.categories().forEach(builder::category);
    fake = builder.build();
    return fake;
  }

  @Override
  protected long requestsObserved() {
    return fake.catalogCalls().size();
  }
}
