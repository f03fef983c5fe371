package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Listing and searching on the fake, as its class documentation states them. */
class FakeCatalogTest {

  private static final CategoryId NETWORK = CategoryId.of("100");
  private static final CategoryId ACCOUNTS = CategoryId.of("200");

  private final List<Duration> slept = new ArrayList<>();

  @Test
  void lists_in_order_of_id_in_pages_of_the_configured_size_with_the_total() {
    FakeHelpdesk fake = fakeWith(5, 2);

    Page<Faq> first = fake.listPage(FaqFilter.all(), PageRequest.first());
    Page<Faq> second = fake.listPage(FaqFilter.all(), PageRequest.after(first.next().orElseThrow()));
    Page<Faq> third = fake.listPage(FaqFilter.all(), PageRequest.after(second.next().orElseThrow()));

    assertThat(ids(first)).containsExactly("f00", "f01");
    assertThat(ids(second)).containsExactly("f02", "f03");
    assertThat(ids(third)).containsExactly("f04");
    assertThat(third.next()).isEmpty();
    assertThat(first.total()).hasValue(5);
  }

  @Test
  void a_request_chooses_its_page_size_up_to_the_platforms_hundred() {
    FakeHelpdesk fake = fakeWith(150, 2);

    assertThat(fake.listPage(FaqFilter.all(), PageRequest.first(3)).items()).hasSize(3);
    assertThat(fake.listPage(FaqFilter.all(), PageRequest.first(500)).items()).hasSize(100);
  }

  @Test
  void the_last_page_that_is_exactly_full_names_no_next_page() {
    FakeHelpdesk fake = fakeWith(4, 2);

    Page<Faq> second = fake.listPage(FaqFilter.all(),
        PageRequest.after(fake.listPage(FaqFilter.all(), PageRequest.first()).next().orElseThrow()));

    assertThat(ids(second)).containsExactly("f02", "f03");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void filters_by_category_status_and_text_together() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(faq("1", "Wi-Fi password?", NETWORK))
        .faq(faq("2", "VPN setup", NETWORK), FaqStatus.DELETED)
        .faq(faq("3", "Reset my password", ACCOUNTS))
        .build();

    assertThat(listed(fake, FaqFilter.all().inCategory(NETWORK))).containsExactly("1", "2");
    assertThat(listed(fake, FaqFilter.all().inCategory(NETWORK).withStatus(FaqStatus.ONLINE))).containsExactly("1");
    assertThat(listed(fake, FaqFilter.all().withStatus(FaqStatus.DELETED))).containsExactly("2");
    assertThat(listed(fake, FaqFilter.all().containing("PASSWORD"))).containsExactly("1", "3");
    assertThat(listed(fake, FaqFilter.all().containing("password").inCategory(ACCOUNTS))).containsExactly("3");
    assertThat(listed(fake, FaqFilter.all().withStatus(FaqStatus.DELETED_PERMANENTLY))).isEmpty();
  }

  @Test
  void searches_question_answer_and_tags_case_insensitively_in_any_script() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(Faq.builder(FaqId.of("1")).question("如何连接无线网络?").answer("打开设置").build())
        .faq(Faq.builder(FaqId.of("2")).question("Printer").answer("Use the WIRELESS printer").build())
        .faq(Faq.builder(FaqId.of("3")).question("Other").tags(List.of("wireless 网络")).build())
        .faq(Faq.builder(FaqId.of("4")).question("Hidden wireless").build(), FaqStatus.DELETED)
        .faq(Faq.builder(FaqId.of("5")).question("Nothing").content("wireless in content only").build())
        .build();

    assertThat(searched(fake, "无线网络")).containsExactly("1");
    assertThat(searched(fake, "网络")).containsExactly("1", "3");
    assertThat(searched(fake, "Wireless")).containsExactly("2", "3");
    assertThat(searched(fake, "ｗｉｒｅｌｅｓｓ")).as("full-width forms are not folded").isEmpty();
    assertThat(fake.searchPage(SearchQuery.of("wireless"), PageRequest.first()).total()).isEmpty();
  }

  @Test
  void paging_neither_repeats_nor_skips_when_faqs_change_between_pages() {
    FakeHelpdesk fake = fakeWith(6, 2);
    List<String> seen = new ArrayList<>();

    try (Stream<Faq> faqs = fake.list(FaqFilter.all())) {
      Iterator<Faq> iterator = faqs.iterator();
      seen.add(iterator.next().id().value());
      seen.add(iterator.next().id().value());
      fake.put(Faq.builder(FaqId.of("f00a")).build()); // before the cursor: not seen, shifts nothing
      fake.remove(FaqId.of("f03"));
      iterator.forEachRemaining(faq -> seen.add(faq.id().value()));
    }

    assertThat(seen).containsExactly("f00", "f01", "f02", "f04", "f05");
  }

  @Test
  void refuses_a_cursor_it_did_not_make_before_recording_the_call() {
    FakeHelpdesk fake = fakeWith(3, 2);

    assertThatIllegalArgumentException().isThrownBy(
        () -> fake.listPage(FaqFilter.all(), PageRequest.after(PageCursor.of("6856395634652479491"))))
        .withMessageContaining("not made by this fake");
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void records_every_page_request_with_its_filter_and_number() {
    FakeHelpdesk fake = fakeWith(5, 2);
    FaqFilter online = FaqFilter.all().withStatus(FaqStatus.ONLINE);

    try (Stream<Faq> faqs = fake.list(online)) {
      assertThat(faqs.count()).isEqualTo(5);
    }

    assertThat(fake.catalogCalls()).allMatch(CatalogCall::isPageRequest).hasSize(3);
    assertThat(fake.catalogCalls()).extracting(call -> ((CatalogCall.ListPage) call).page()).containsExactly(1, 2, 3);
    assertThat(fake.catalogCalls()).extracting(call -> ((CatalogCall.ListPage) call).filter()).containsOnly(online);
    assertThat(fake.calls()).isEmpty();
  }

  @Test
  void fails_page_n_of_a_stream_after_handing_out_the_pages_before_it() {
    FakeHelpdesk fake = fakeWith(7, 2);
    fake.failPage(3, () -> new FaqServiceUnavailableException("page 3 is down", null, null, 1, null));
    List<String> seen = new ArrayList<>();

    try (Stream<Faq> faqs = fake.list(FaqFilter.all())) {
      assertThatThrownBy(() -> faqs.forEach(faq -> seen.add(faq.id().value())))
          .isInstanceOf(FaqServiceUnavailableException.class).hasMessage("page 3 is down");
    }
    assertThat(seen).containsExactly("f00", "f01", "f02", "f03");

    fake.clearFaults();
    assertThat(listed(fake, FaqFilter.all())).hasSize(7);
  }

  @Test
  void delays_only_the_page_asked_to_be_slow() {
    FakeHelpdesk fake = fakeWith(7, 2);
    fake.delayPage(3, Duration.ofSeconds(4));

    assertThat(listed(fake, FaqFilter.all())).hasSize(7);
    assertThat(fake.findById(FaqId.of("f00"))).isPresent();

    assertThat(slept).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void fails_the_next_calls_of_any_kind() {
    FakeHelpdesk fake = fakeWith(3, 2);
    fake.failNextCalls(2, () -> new FaqServiceUnavailableException("down", null, null, 1, null));

    assertThatThrownBy(() -> fake.searchPage(SearchQuery.of("q"), PageRequest.first()))
        .isInstanceOf(FaqServiceUnavailableException.class);
    assertThatThrownBy(fake::categoryTree).isInstanceOf(FaqServiceUnavailableException.class);
    assertThat(fake.categoryTree()).isEmpty();
  }

  @Test
  void closing_a_stream_stops_its_paging() {
    FakeHelpdesk fake = fakeWith(10, 2);

    try (Stream<Faq> faqs = fake.list(FaqFilter.all())) {
      Iterator<Faq> iterator = faqs.iterator();
      iterator.next();
      iterator.next();
      iterator.next();
    }

    assertThat(fake.catalogCalls()).hasSize(2);
  }

  @Test
  void lists_ten_thousand_faqs_in_a_hundred_page_requests() {
    FakeHelpdesk fake = fakeWith(10_000, 100);

    try (Stream<Faq> faqs = fake.list(FaqFilter.all())) {
      assertThat(faqs.count()).isEqualTo(10_000);
    }

    assertThat(fake.catalogCalls()).hasSize(100);
  }

  @Test
  void refuses_a_page_size_outside_one_to_a_hundred() {
    assertThatIllegalArgumentException().isThrownBy(() -> FakeHelpdesk.builder().pageSize(0));
    assertThatIllegalArgumentException().isThrownBy(() -> FakeHelpdesk.builder().pageSize(101))
        .withMessage("page size must be from 1 to 100, was 101");
  }

  private FakeHelpdesk fakeWith(int count, int pageSize) {
    return FakeHelpdesk.builder()
        .faqs(IntStream.range(0, count)
            .mapToObj(i -> Faq.builder(FaqId.of(String.format(count > 100 ? "f%05d" : "f%02d", i))).build())
            .collect(Collectors.toList()))
        .pageSize(pageSize)
        .sleeper(slept::add)
        .build();
  }

  private static Faq faq(String id, String question, CategoryId category) {
    return Faq.builder(FaqId.of(id)).question(question).categories(List.of(Category.of(category, "c"))).build();
  }

  private static List<String> ids(Page<Faq> page) {
    return page.items().stream().map(faq -> faq.id().value()).collect(Collectors.toList());
  }

  private static List<String> listed(FakeHelpdesk fake, FaqFilter filter) {
    try (Stream<Faq> faqs = fake.list(filter)) {
      return faqs.map(faq -> faq.id().value()).collect(Collectors.toList());
    }
  }

  private static List<String> searched(FakeHelpdesk fake, String query) {
    try (Stream<Faq> faqs = fake.search(SearchQuery.of(query))) {
      return faqs.map(faq -> faq.id().value()).collect(Collectors.toList());
    }
  }
}
