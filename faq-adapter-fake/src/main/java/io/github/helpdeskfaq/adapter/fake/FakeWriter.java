package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The fake's writes, with the platform's semantics as {@link FakeHelpdesk} documents them: new ids in the platform's
 * form (19 digits), times in whole seconds, an update time that moves forward on every change, and a deleted FAQ
 * gone with its images. Writes are serialized; reads go on beside them.
 */
final class FakeWriter {

  /** The first id handed out: past the ids of the platform's own examples, in their form. */
  static final long FIRST_ID = 7_100_000_000_000_000_001L;

  private final FakeCatalog catalog;
  private final FakeImages images;
  private final FakeCategories categories;
  private final Clock clock;
  private long nextId = FIRST_ID;

  FakeWriter(FakeCatalog catalog, FakeImages images, FakeCategories categories, Clock clock) {
    this.catalog = catalog;
    this.images = images;
    this.categories = categories;
    this.clock = clock;
  }

  synchronized Faq create(NewFaq value) {
    List<Category> filedUnder = value.category().map(this::requireCategory).map(List::of).orElse(List.of());
    FaqId id = FaqId.of(Long.toString(freshId()));
    Instant now = now();
    Faq faq = Faq.builder(id).legacyId(id.value()).question(value.question()).answer(value.answer().orElse(null))
        .answerRichText(value.answerRichText()).createTime(now).updateTime(now).categories(filedUnder)
        .tags(value.tags()).build();
    catalog.put(faq, FaqStatus.ONLINE);
    return faq;
  }

  synchronized boolean update(FaqId id, FaqChange change) {
    Optional<Faq> found = catalog.find(id);
    if (found.isEmpty()) {
      return false;
    }
    Faq old = found.get();
    Faq.Builder changed = old.toBuilder().updateTime(after(old.updateTime()));
    change.question().ifPresent(changed::question);
    change.answer().ifPresent(changed::answer);
    change.answerRichText().ifPresent(changed::answerRichText);
    change.category().ifPresent(category -> changed.categories(List.of(requireCategory(category))));
    change.tags().ifPresent(changed::tags);
    return catalog.replace(changed.build());
  }

  synchronized boolean delete(FaqId id) {
    images.removeAll(id);
    return catalog.remove(id);
  }

  synchronized Category create(NewCategory value) {
    return categories.add(CategoryId.of(Long.toString(freshId())), value);
  }

  synchronized boolean update(CategoryId id, CategoryChange change) {
    return categories.change(id, change);
  }

  synchronized boolean delete(CategoryId id) {
    return categories.remove(id);
  }

  private Category requireCategory(CategoryId id) {
    return categories.find(id).orElseThrow(
        () -> new FaqRequestRejectedException("no category " + id + " to file the FAQ under", null, null));
  }

  private long freshId() {
    while (catalog.find(FaqId.of(Long.toString(nextId))).isPresent()
        || categories.contains(CategoryId.of(Long.toString(nextId)))) {
      nextId++;
    }
    return nextId++;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Now, or a second after the last update if the clock has not moved past it: an update is always later. */
  private Instant after(Optional<Instant> last) {
    Instant now = now();
    return last.filter(time -> !now.isAfter(time)).map(time -> time.plusSeconds(1)).orElse(now);
  }
}
