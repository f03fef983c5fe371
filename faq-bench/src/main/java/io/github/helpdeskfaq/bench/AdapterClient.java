package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqRepository;

/** Our Feishu adapter, through the port, configured as an application would configure it. */
final class AdapterClient implements BenchClient {

  private final FaqRepository faqs;

  AdapterClient(Endpoint endpoint) {
    this.faqs = FeishuFaqRepository.builder()
        .baseUrl(endpoint.baseUrl)
        .appCredentials(Seed.APP_ID, Seed.APP_SECRET)
        .helpdeskCredentials(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
        .build();
  }

  @Override
  public Faq getFaq() {
    return faqs.findById(Seed.FAQ).orElseThrow();
  }

  @Override
  public String questionOf(Object faq) {
    return ((Faq) faq).question().orElse(null);
  }

  @Override
  public byte[] imageSha256() {
    return faqs.readImage(Seed.FAQ, Seed.IMAGE_KEY, image -> Digests.sha256(image.stream())).orElseThrow();
  }

  @Override
  public void close() {
    // The adapter holds no resource that outlives a call; its OkHttp threads are daemons.
  }
}
