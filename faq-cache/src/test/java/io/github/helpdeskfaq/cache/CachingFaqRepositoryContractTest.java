package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.adapter.fake.FakeFaqRepository;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.testkit.ContractData;
import io.github.helpdeskfaq.testkit.FaqRepositoryContract;
import java.util.OptionalLong;

class CachingFaqRepositoryContractTest extends FaqRepositoryContract {

  private FakeFaqRepository fake;

  @Override
  protected FaqRepository createRepository() {
    fake = FakeFaqRepository.builder()
        .faqs(ContractData.faqs())
        .image(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractData.IMAGE_CONTENT_TYPE,
            ContractData.imageBytes())
        .image(ContractData.SECOND_FAQ_ID, ContractData.SECOND_IMAGE_KEY, ContractData.SECOND_IMAGE_CONTENT_TYPE,
            ContractData.secondImageBytes())
        .build();
    return CachingFaqRepository.builder(fake).build();
  }

  @Override
  protected OptionalLong lookupsObserved() {
    return OptionalLong.of(fake.calls().size());
  }
}
