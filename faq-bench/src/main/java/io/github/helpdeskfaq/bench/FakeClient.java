package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The in-memory fake, as a consumer's test suite uses it: no server involved. The fake records every call for
 * assertions; a test makes a handful, a benchmark millions, so the record is cleared now and then (on average every
 * 4096 calls per thread) to keep the heap flat. That clearing is part of the measured cost.
 */
final class FakeClient implements BenchClient {

  private static final int CLEAR_MASK = 4096 - 1;

  private final FakeHelpdesk fake;

  FakeClient(boolean withImage) {
    FakeHelpdesk.Builder builder = FakeHelpdesk.builder().faq(Seed.faq());
    if (withImage) {
      builder.image(Seed.FAQ, Seed.IMAGE_KEY, Seed.IMAGE_CONTENT_TYPE, Seed.image());
    }
    this.fake = builder.build();
  }

  @Override
  public Faq getFaq() {
    if ((ThreadLocalRandom.current().nextInt() & CLEAR_MASK) == 0) {
      fake.clearCalls();
    }
    return fake.findById(Seed.FAQ).orElseThrow();
  }

  @Override
  public String questionOf(Object faq) {
    return ((Faq) faq).question().orElse(null);
  }

  @Override
  public byte[] imageSha256() {
    fake.clearCalls();
    return fake.readImage(Seed.FAQ, Seed.IMAGE_KEY, image -> Digests.sha256(image.stream())).orElseThrow();
  }

  @Override
  public void close() {
    fake.clearCalls();
  }
}
