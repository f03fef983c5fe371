package io.github.helpdeskfaq.bench.sync;

import io.github.helpdeskfaq.adapter.fake.CatalogCall;
import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import io.github.helpdeskfaq.feishu.simulator.SimulatedQuota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The helpdesk {@link SyncBench} mirrors: the simulator serving a fake of many generated FAQs, each with one image,
 * under a quota of helpdesk requests per second ({@link FeishuSimulator#enforceQuota}, fixed one-second windows,
 * answered 429 with {@code x-ogw-ratelimit-reset} as Feishu's gateway does). Image sizes grow geometrically from
 * the smallest to the largest over the FAQs; their bytes are made when they are asked for, so that the server holds
 * no image. {@link #change} and {@link #delete} edit the helpdesk between two syncs.
 */
final class SyncHelpdesk implements AutoCloseable {

  private static final long FIRST_ID = 7_000_000_000_000_000_000L;
  private static final long FIRST_UPDATE = 1_700_000_000L;
  private static final List<Category> CATEGORIES = List.of(
      Category.of(CategoryId.of("7100000000000000001"), "Even"), Category.of(CategoryId.of("7100000000000000002"),
      "Odd"));

  private final int faqs;
  private final long smallest;
  private final long largest;
  private final FakeHelpdesk fake;
  private final FeishuSimulator simulator;
  private final SimulatedQuota quota;

  final AtomicLong images = new AtomicLong();
  final AtomicLong imageBytes = new AtomicLong();

  /**
   * Starts the helpdesk.
   *
   * @param faqs how many FAQs
   * @param smallest the size of the first FAQ's image, in bytes
   * @param largest the size of the last FAQ's image, in bytes
   * @param quota helpdesk requests per second
   */
  SyncHelpdesk(int faqs, long smallest, long largest, int quota) {
    this.faqs = faqs;
    this.smallest = smallest;
    this.largest = largest;
    FakeHelpdesk.Builder content = FakeHelpdesk.builder();
    CATEGORIES.forEach(content::category);
    for (int i = 0; i < faqs; i++) {
      content.faq(faq(i, false));
    }
    this.fake = content.build();
    this.simulator = FeishuSimulator.start(
        new Credentials(Seed.APP_ID, Seed.APP_SECRET, Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN), fake);
    for (int i = 0; i < faqs; i++) {
      int index = i;
      simulator.answerImage(id(i).value(), key(i).value(), () -> image(index));
    }
    this.quota = simulator.enforceQuota(quota, Duration.ofSeconds(1), Clock.systemUTC());
  }

  String baseUrl() {
    return simulator.baseUrl();
  }

  /** List pages asked for so far. */
  long pages() {
    return fake.catalogCalls().stream().filter(CatalogCall::isPageRequest).count();
  }

  /** Category trees asked for so far. */
  long categoryTrees() {
    return fake.catalogCalls().stream().filter(call -> call instanceof CatalogCall.CategoryTree).count();
  }

  /** Helpdesk requests answered 429 so far. */
  long throttled() {
    return quota.rateLimited();
  }

  /** Gives FAQs a new {@code update_time} and question (their images stay). */
  void change(Set<Integer> indexes) {
    indexes.forEach(i -> fake.put(faq(i, true)));
  }

  /** Removes FAQs. */
  void delete(Set<Integer> indexes) {
    indexes.forEach(i -> fake.remove(id(i)));
  }

  private static Faq faq(int i, boolean edited) {
    return Faq.builder(id(i))
        .question("Question " + i + (edited ? ", edited" : "") + "?")
        .answerRichText(List.of(RichTextElement.text("Answer " + i + "."), RichTextElement.image(key(i))))
        .updateTime(Instant.ofEpochSecond(FIRST_UPDATE + i + (edited ? 1 : 0)))
        .categories(List.of(CATEGORIES.get(i % 2)))
        .build();
  }

  private static FaqId id(int i) {
    return FaqId.of(String.valueOf(FIRST_ID + i));
  }

  private static ImageKey key(int i) {
    return ImageKey.of("img_" + i);
  }

  /** The image of FAQ {@code i}, its bytes made now: geometric in size from the smallest to the largest. */
  private SimulatedAnswer image(int i) {
    long size = faqs == 1 ? smallest : Math.round(smallest * Math.pow((double) largest / smallest, i / (faqs - 1.0)));
    byte[] bytes = new byte[Math.toIntExact(size)];
    for (int offset = 0; offset < bytes.length; offset++) {
      bytes[offset] = (byte) (i * 131 + offset * 7L ^ offset >>> 9);
    }
    images.incrementAndGet();
    imageBytes.addAndGet(size);
    return SimulatedAnswer.of(200).withHeader("Content-Type", "image/png").withBody(bytes);
  }

  @Override
  public void close() {
    simulator.close();
  }
}
