package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * The fake's FAQs, with their statuses, in order of id; and how it lists and searches them (the semantics that
 * {@link FakeHelpdesk}'s documentation states). A cursor names the number of the page it points at and the id
 * of the last FAQ served, so that paging neither repeats nor skips a FAQ when others are added or removed meanwhile.
 */
final class FakeCatalog {

  /** The most a page holds, whatever is asked: the platform's own maximum. */
  static final int MAX_PAGE_SIZE = 100;
  private static final String CURSOR_PREFIX = "fake-page-";

  private final NavigableMap<String, Entry> faqs = new ConcurrentSkipListMap<>();

  Optional<Faq> find(FaqId id) {
    return Optional.ofNullable(faqs.get(id.value())).map(Entry::faq);
  }

  void put(Faq faq, FaqStatus status) {
    faqs.put(faq.id().value(), new Entry(faq, Objects.requireNonNull(status, "status must not be null")));
  }

  void putAll(FakeCatalog other) {
    faqs.putAll(other.faqs);
  }

  boolean remove(FaqId id) {
    return faqs.remove(id.value()) != null;
  }

  /** Replaces a FAQ that is there, keeping its status; false if there is none. */
  boolean replace(Faq faq) {
    return faqs.computeIfPresent(faq.id().value(), (id, entry) -> new Entry(faq, entry.status())) != null;
  }

  int size() {
    return faqs.size();
  }

  Page<Faq> list(FaqFilter filter, PageRequest request, int pageSize) {
    return page(entry -> matches(entry, filter), request, pageSize, true);
  }

  Page<Faq> search(SearchQuery query, PageRequest request, int pageSize) {
    String needle = fold(query.text());
    return page(entry -> entry.status() == FaqStatus.ONLINE && contains(entry.faq(), needle), request, pageSize,
        false);
  }

  /**
   * The number of the page a request asks for: 1 for the first.
   *
   * @throws IllegalArgumentException if the cursor was not made by this fake
   */
  static int pageNumber(PageRequest request) {
    return request.cursor().map(cursor -> parse(cursor).page()).orElse(1);
  }

  private Page<Faq> page(Predicate<Entry> matches, PageRequest request, int pageSize, boolean withTotal) {
    Optional<Position> after = request.cursor().map(FakeCatalog::parse);
    int size = Math.min(request.size().orElse(pageSize), MAX_PAGE_SIZE);
    Map<String, Entry> rest = after.isPresent() ? faqs.tailMap(after.get().lastId(), false) : faqs;
    List<Faq> items = new ArrayList<>(Math.min(size, faqs.size()));
    boolean more = false;
    for (Entry entry : rest.values()) {
      if (matches.test(entry)) {
        if (items.size() == size) {
          more = true;
          break;
        }
        items.add(entry.faq());
      }
    }
    int number = after.map(Position::page).orElse(1);
    Optional<PageCursor> next = more
        ? Optional.of(PageCursor.of(CURSOR_PREFIX + (number + 1) + ":" + items.get(items.size() - 1).id().value()))
        : Optional.empty();
    OptionalLong total = withTotal ? OptionalLong.of(faqs.values().stream().filter(matches).count())
        : OptionalLong.empty();
    return new Page<>(items, next, total);
  }

  private static boolean matches(Entry entry, FaqFilter filter) {
    if (filter.status().isPresent() && filter.status().get() != entry.status()) {
      return false;
    }
    if (filter.category().isPresent() && entry.faq().categories().stream()
        .noneMatch(category -> category.id().equals(filter.category()))) {
      return false;
    }
    return filter.text().isEmpty() || contains(entry.faq(), fold(filter.text().get()));
  }

  /** Whether the question, the plain-text answer or a tag holds the folded needle. */
  private static boolean contains(Faq faq, String needle) {
    return faq.question().map(FakeCatalog::fold).filter(text -> text.contains(needle)).isPresent()
        || faq.answer().map(FakeCatalog::fold).filter(text -> text.contains(needle)).isPresent()
        || faq.tags().stream().anyMatch(tag -> fold(tag).contains(needle));
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static Position parse(PageCursor cursor) {
    String value = cursor.value();
    int colon = value.indexOf(':');
    if (value.startsWith(CURSOR_PREFIX) && colon > CURSOR_PREFIX.length() && colon < value.length() - 1) {
      try {
        int page = Integer.parseInt(value.substring(CURSOR_PREFIX.length(), colon));
        if (page > 1) {
          return new Position(page, value.substring(colon + 1));
        }
      } catch (NumberFormatException notANumber) {
        // refused below
      }
    }
    throw new IllegalArgumentException("page cursor was not made by this fake: " + value.length()
        + " characters starting " + value.substring(0, Math.min(value.length(), 12)).replaceAll("\\p{Cntrl}", "?"));
  }

  private record Entry(Faq faq, FaqStatus status) {}

  private record Position(int page, String lastId) {}
}
