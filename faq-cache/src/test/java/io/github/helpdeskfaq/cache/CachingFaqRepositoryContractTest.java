package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.adapter.fake.FakeFaqRepository;
import io.github.helpdeskfaq.domain.ContractData;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.FaqRepositoryContract;
import java.util.OptionalLong;

class CachingFaqRepositoryContractTest extends FaqRepositoryContract {

  private FakeFaqRepository fake;

  @Override
  protected FaqRepository createRepository() {
    fake = FakeFaqRepository.builder()
        .faq(ContractData.knownFaq())
        .image(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractData.IMAGE_CONTENT_TYPE,
            ContractData.imageBytes())
        .build();
    return CachingFaqRepository.builder(fake).build();
  }

  @Override
  protected OptionalLong lookupsObserved() {
    return OptionalLong.of(fake.calls().size());
  }
}
