package io.github.helpdeskfaq.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The paging rules of {@link FaqCatalog#list} and {@link FaqCatalog#search}, which {@link Paging} states once. */
class PagingTest {

  @Test
  void reads_no_page_before_the_stream_is_consumed() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(250, 100);

    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      assertThat(catalog.requests).isEmpty();
      assertThat(faqs.findFirst()).isPresent();
    }
    assertThat(catalog.requests).hasSize(1);
  }

  @Test
  void lists_ten_thousand_faqs_in_exactly_one_hundred_page_requests() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(10_000, 100);

    long count;
    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      count = faqs.count();
    }

    assertThat(count).isEqualTo(10_000);
    assertThat(catalog.requests).hasSize(100);
    assertThat(catalog.requests.get(0).cursor()).isEmpty();
    assertThat(catalog.requests.get(99).cursor()).contains(PageCursor.of("after-9899"));
  }

  @Test
  void asks_for_the_next_page_only_when_the_current_one_is_used_up() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(1_000, 100);
    catalog.consumedWhenAsked = new ArrayList<>();

    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      faqs.forEach(faq -> catalog.consumed++);
    }

    assertThat(catalog.consumedWhenAsked).containsExactly(0, 100, 200, 300, 400, 500, 600, 700, 800, 900);
  }

  @Test
  void holds_no_more_than_the_current_page() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(1_000, 100);
    List<WeakReference<Faq>> firstPage = new ArrayList<>();
    catalog.onServed = faq -> {
      if (catalog.requests.size() == 1) {
        firstPage.add(new WeakReference<>(faq));
      }
    };

    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      Iterator<Faq> iterator = faqs.iterator();
      for (int i = 0; i < 250; i++) {
        iterator.next(); // now on the third page, holding nothing of the first
      }
      assertThat(firstPage).hasSize(100);
      assertThat(awaitCleared(firstPage)).as("first-page FAQs still reachable while on page 3").isZero();
      assertThat(iterator.hasNext()).isTrue();
    }
  }

  @Test
  void closing_the_stream_stops_the_paging_and_ends_its_iterator() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(1_000, 100);
    Stream<Faq> faqs = catalog.search(SearchQuery.of("wifi"));
    Iterator<Faq> iterator = faqs.iterator();
    for (int i = 0; i < 100; i++) {
      iterator.next();
    }

    faqs.close();

    assertThat(iterator.hasNext()).isFalse();
    assertThat(catalog.requests).hasSize(1);
  }

  @Test
  void reads_on_past_short_and_empty_pages_that_are_not_the_last() {
    ScriptedCatalog catalog = new ScriptedCatalog(request -> switch (request) {
      case 0 -> page(List.of(faq(1)), "a");
      case 1 -> page(List.of(), "b");
      case 2 -> page(List.of(faq(2), faq(3)), null);
      default -> throw new AssertionError("no page " + request);
    });

    assertThat(ids(catalog.list(FaqFilter.all()))).containsExactly("1", "2", "3");
    assertThat(catalog.requests).hasSize(3);
  }

  @Test
  void reports_a_faq_repeated_across_a_page_boundary_once() {
    ScriptedCatalog catalog = new ScriptedCatalog(request -> switch (request) {
      case 0 -> page(List.of(faq(1), faq(2)), "a");
      case 1 -> page(List.of(faq(2), faq(3)), "b"); // an insertion shifted 2 onto this page
      case 2 -> page(List.of(faq(4), faq(4)), null);
      default -> throw new AssertionError("no page " + request);
    });

    assertThat(ids(catalog.list(FaqFilter.all()))).containsExactly("1", "2", "3", "4");
  }

  @Test
  void stops_with_an_outage_when_a_page_names_its_own_cursor_as_the_next() {
    ScriptedCatalog catalog = new ScriptedCatalog(request -> switch (request) {
      case 0 -> page(List.of(faq(1)), "same");
      default -> page(List.of(faq(request + 1)), "same");
    });

    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      assertThatThrownBy(faqs::count).isInstanceOf(FaqServiceUnavailableException.class)
          .hasMessageContaining("paging is broken").hasMessageContaining("page 2");
    }
    assertThat(catalog.requests).hasSize(2);
  }

  @Test
  void refuses_a_null_filter_or_query_before_any_page() {
    ScriptedCatalog catalog = ScriptedCatalog.generated(5, 2);

    assertThatNullPointerException().isThrownBy(() -> catalog.list(null));
    assertThatNullPointerException().isThrownBy(() -> catalog.search(null));
    assertThat(catalog.requests).isEmpty();
  }

  @Test
  void lets_a_failure_of_a_page_through_to_the_consumer() {
    FaqServiceUnavailableException outage = new FaqServiceUnavailableException("down", null, null, 1, null);
    ScriptedCatalog catalog = new ScriptedCatalog(request -> {
      if (request == 1) {
        throw outage;
      }
      return page(List.of(faq(request)), "next-" + request);
    });

    try (Stream<Faq> faqs = catalog.list(FaqFilter.all())) {
      Iterator<Faq> iterator = faqs.iterator();
      assertThat(iterator.next().id().value()).isEqualTo("0");
      assertThatThrownBy(iterator::hasNext).isSameAs(outage);
    }
  }

  private static long awaitCleared(List<WeakReference<Faq>> references) {
    for (int attempt = 0; attempt < 20; attempt++) {
      System.gc();
      if (references.stream().allMatch(reference -> reference.get() == null)) {
        return 0;
      }
    }
    return references.stream().filter(reference -> reference.get() != null).count();
  }

  private static List<String> ids(Stream<Faq> faqs) {
    try (faqs) {
      return faqs.map(faq -> faq.id().value()).collect(Collectors.toList());
    }
  }

  private static Faq faq(int n) {
    return Faq.builder(FaqId.of(String.valueOf(n))).question("question " + n).build();
  }

  private static Page<Faq> page(List<Faq> items, String next) {
    return new Page<>(items, Optional.ofNullable(next).map(PageCursor::of), OptionalLong.empty());
  }

  /** A catalog whose n-th page request (from 0) is answered by a script; it records the requests. */
  private static final class ScriptedCatalog implements FaqCatalog {
    final List<PageRequest> requests = new ArrayList<>();
    final IntFunction<Page<Faq>> script;
    List<Integer> consumedWhenAsked;
    int consumed;
    java.util.function.Consumer<Faq> onServed = faq -> { };

    ScriptedCatalog(IntFunction<Page<Faq>> script) {
      this.script = script;
    }

    /** {@code total} FAQs made fresh for each page, {@code size} a page; cursors name the last id served. */
    static ScriptedCatalog generated(int total, int size) {
      return new ScriptedCatalog(request -> {
        int from = request * size;
        int to = Math.min(total, from + size);
        List<Faq> items = IntStream.range(from, to).mapToObj(PagingTest::faq).collect(Collectors.toList());
        return page(items, to < total ? "after-" + (to - 1) : null);
      });
    }

    @Override
    public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
      return serve(request);
    }

    @Override
    public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
      return serve(request);
    }

    private Page<Faq> serve(PageRequest request) {
      if (consumedWhenAsked != null) {
        consumedWhenAsked.add(consumed);
      }
      requests.add(request);
      Page<Faq> page = script.apply(requests.size() - 1);
      page.items().forEach(onServed);
      return page;
    }
  }
}
