package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.time.Duration;

/**
 * Our Feishu adapter, through the port, configured as an application would configure it, with its resilience
 * decorators on: retry, circuit breaker and rate limiter wrap every exchange. The rate limit is raised to a million
 * per second so that it never throttles the benchmark; retries and the breaker keep their defaults (on a healthy
 * server they never act, but every call still goes through them).
 */
final class AdapterClient implements BenchClient {

  private final FaqRepository faqs;

  AdapterClient(Endpoint endpoint) {
    this.faqs = FeishuHelpdesk.builder()
        .baseUrl(endpoint.baseUrl)
        .appCredentials(Seed.APP_ID, Seed.APP_SECRET)
        .helpdeskCredentials(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
        .rateLimit(1_000_000, Duration.ofSeconds(1))
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
