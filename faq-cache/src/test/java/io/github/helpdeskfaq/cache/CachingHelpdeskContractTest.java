package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.testkit.ContractData;
import io.github.helpdeskfaq.testkit.FaqRepositoryContract;
import java.util.OptionalLong;

class CachingHelpdeskContractTest extends FaqRepositoryContract {

  private FakeHelpdesk fake;

  @Override
  protected FaqRepository createRepository() {
    fake = FakeHelpdesk.builder()
        .faqs(ContractData.faqs())
        .image(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractData.IMAGE_CONTENT_TYPE,
            ContractData.imageBytes())
        .image(ContractData.SECOND_FAQ_ID, ContractData.SECOND_IMAGE_KEY, ContractData.SECOND_IMAGE_CONTENT_TYPE,
            ContractData.secondImageBytes())
        .build();
    return CachingHelpdesk.builder(fake).build();
  }

  @Override
  protected OptionalLong lookupsObserved() {
    return OptionalLong.of(fake.calls().size());
  }
}
