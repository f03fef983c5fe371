package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.testkit.CatalogContractData;
import io.github.helpdeskfaq.testkit.FaqCatalogContract;

/** The catalog's and the categories' contract, against the fake holding the contract's helpdesk. */
class FakeCatalogContractTest extends FaqCatalogContract {

  private FakeFaqRepository fake;

  @Override
  protected Implementation createHelpdesk(CatalogContractData.Helpdesk helpdesk) {
    FakeFaqRepository.Builder builder = FakeFaqRepository.builder().faqs(helpdesk.faqs())
        .pageSize(helpdesk.pageSize());
    helpdesk.categories().forEach(builder::category);
    fake = builder.build();
    return Implementation.of(fake);
  }

  @Override
  protected long requestsObserved() {
    return fake.catalogCalls().size();
  }
}
