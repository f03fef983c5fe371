package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.CategoryRepository;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every implementation of {@link FaqCatalog} and {@link CategoryRepository} shares, as tests: lazy
 * paging across page boundaries, filters, search in any script, the category tree in a language and an order. An
 * implementation's test extends this class: {@link #createHelpdesk} returns the {@link Helpdesk} holding exactly the
 * {@link CatalogContractData} contents it is given, and {@link #requestsObserved()} counts the requests that reached
 * its backing store (a page, the tree, one category), so that the contract can check that paging is lazy and stops
 * when the stream is closed.
 *
 * <pre>{@code
 * class MyCatalogTest extends FaqCatalogContract {
 *   private FakeHelpdesk fake;
 *
 *   protected Helpdesk createHelpdesk(CatalogContractData.Contents contents) {
 *     FakeHelpdesk.Builder builder = FakeHelpdesk.builder().faqs(contents.faqs())
 *         .pageSize(contents.pageSize());
 *     contents.categories().forEach(builder::category);
 *     fake = builder.build();
 *     return fake;
 *   }
 *
 *   protected long requestsObserved() {
 *     return fake.catalogCalls().size();
 *   }
 * }
 * }</pre>
 *
 * Each failure message states the promise of the ports that was broken.
 */
public abstract class FaqCatalogContract {

  private long requestsBefore;

  /**
   * Creates the helpdesk under test, holding exactly {@code contents}: its FAQs (online), its categories, and
   * {@link CatalogContractData.Contents#pageSize()} as the page size when a request does not say. Called once per
   * test, at most.
   *
   * @param contents what to hold
   * @return the helpdesk
   */
  protected abstract Helpdesk createHelpdesk(CatalogContractData.Contents contents);

  /**
   * How many requests have reached the backing store so far: pages of a list or a search, the category tree, a
   * category by id (what a server receives; what a fake records).
   *
   * @return the count
   */
  protected abstract long requestsObserved();

  private Helpdesk holding(int count) {
    Helpdesk helpdesk = createHelpdesk(CatalogContractData.contents(count));
    requestsBefore = requestsObserved();
    return helpdesk;
  }

  private long requestsSince() {
    return requestsObserved() - requestsBefore;
  }

  @ParameterizedTest(name = "{0} FAQs in pages of 3")
  @ValueSource(ints = {0, 1, 3, 4, 7})
  void lists_every_faq_once_across_page_boundaries(int count) {
    Helpdesk helpdesk = holding(count);

    List<FaqId> listed = ids(helpdesk.list(FaqFilter.all()));

    assertThat(listed).as("list must return every FAQ exactly once (%d FAQs in pages of 3)", count)
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(idsOf(CatalogContractData.faqs(count)));
    assertThat(requestsSince()).as("list must read ceil(%d / 3) pages, at least one, and no more", count)
        .isEqualTo(Math.max(1, (count + 2) / 3));
  }

  @Test
  void reads_no_page_before_the_stream_is_consumed() {
    Helpdesk helpdesk = holding(7);

    try (Stream<Faq> faqs = helpdesk.list(FaqFilter.all())) {
      assertThat(requestsSince()).as("list must not read a page before the stream is consumed").isZero();
      assertThat(faqs.findFirst()).as("list must return the first FAQ").isPresent();
      assertThat(requestsSince()).as("list must read one page for the first FAQ, not more").isEqualTo(1);
    }
  }

  @Test
  void closing_the_stream_stops_the_paging() {
    Helpdesk helpdesk = holding(10);
    Stream<Faq> faqs = helpdesk.list(FaqFilter.all());
    Iterator<Faq> iterator = faqs.iterator();
    for (int i = 0; i < 4; i++) {
      iterator.next();
    }
    assertThat(requestsSince()).as("the fourth FAQ must need the second page, not a third").isEqualTo(2);

    faqs.close();

    assertThat(iterator.hasNext()).as("an iterator of a closed stream must end").isFalse();
    assertThat(requestsSince()).as("a closed stream must read no further page").isEqualTo(2);
  }

  @Test
  void reads_one_page_at_a_time_with_cursors() {
    Helpdesk helpdesk = holding(7);
    List<FaqId> listed = new ArrayList<>();
    Page<Faq> page = helpdesk.listPage(FaqFilter.all(), PageRequest.first());
    int pages = 1;
    listed.addAll(idsOf(page.items()));
    while (page.hasMore() && pages < 10) {
      assertThat(page.items()).as("a page must hold at most the page size").hasSizeLessThanOrEqualTo(3);
      page = helpdesk.listPage(FaqFilter.all(), PageRequest.after(page.next().orElseThrow()));
      pages++;
      listed.addAll(idsOf(page.items()));
    }

    assertThat(page.hasMore()).as("the last page must name no next page").isFalse();
    assertThat(listed).as("the pages must hold every FAQ exactly once").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(idsOf(CatalogContractData.faqs(7)));
    assertThat(pages).as("7 FAQs in pages of 3 are 3 pages").isEqualTo(3);
  }

  @Test
  void a_page_request_may_ask_for_fewer_items() {
    Page<Faq> page = holding(7).listPage(FaqFilter.all(), PageRequest.first(2));

    assertThat(page.items()).as("a page must hold at most the size asked for").hasSize(2);
    assertThat(page.hasMore()).as("a page of 2 of 7 FAQs must name a next page").isTrue();
  }

  @Test
  void lists_only_the_faqs_of_a_category() {
    Helpdesk helpdesk = holding(10);

    assertThat(ids(helpdesk.list(FaqFilter.all().inCategory(id(CatalogContractData.WIFI)))))
        .as("list by category must return exactly the FAQs filed under it")
        .containsExactlyInAnyOrderElementsOf(idsOf(matching(10, faq -> CatalogContractData.isIn(faq,
            CatalogContractData.WIFI))));
  }

  @Test
  void lists_nothing_for_a_category_without_faqs() {
    Helpdesk helpdesk = holding(10);

    assertThat(ids(helpdesk.list(FaqFilter.all().inCategory(id(CatalogContractData.VPN)))))
        .as("list by a category that holds no FAQ must return nothing").isEmpty();
  }

  @Test
  void lists_the_faqs_that_match_a_cjk_text() {
    Helpdesk helpdesk = holding(10);

    assertThat(ids(helpdesk.list(FaqFilter.all().containing(CatalogContractData.CJK_QUERY))))
        .as("list by a Chinese text must return the FAQs whose question holds it")
        .containsExactlyInAnyOrderElementsOf(idsOf(matching(10, CatalogContractData::asksInChinese)));
  }

  @Test
  void searches_with_a_cjk_query() {
    Helpdesk helpdesk = holding(10);

    assertThat(ids(helpdesk.search(SearchQuery.of(CatalogContractData.CJK_QUERY))))
        .as("search with a Chinese query must find the FAQs whose question holds it, and no other")
        .containsExactlyInAnyOrderElementsOf(idsOf(matching(10, CatalogContractData::asksInChinese)));
  }

  @Test
  void finds_nothing_for_a_query_that_matches_nothing() {
    Helpdesk helpdesk = holding(10);

    assertThat(ids(helpdesk.search(SearchQuery.of("zzz nothing matches this"))))
        .as("search must find nothing when nothing matches").isEmpty();
    assertThat(helpdesk.searchPage(SearchQuery.of("zzz nothing matches this"), PageRequest.first()))
        .as("a search page that finds nothing must be empty and last")
        .satisfies(page -> assertThat(page.items()).isEmpty())
        .satisfies(page -> assertThat(page.hasMore()).isFalse());
  }

  @Test
  void a_listed_faq_equals_the_same_faq_found_by_id() {
    Helpdesk helpdesk = holding(4);

    List<Faq> listed;
    try (Stream<Faq> faqs = helpdesk.list(FaqFilter.all())) {
      listed = faqs.collect(Collectors.toList());
    }

    assertThat(listed).as("list must return the 4 FAQs").hasSize(4);
    for (Faq faq : listed) {
      assertThat(helpdesk.findById(faq.id())).as("a listed FAQ must equal the FAQ found by its id %s", faq.id())
          .contains(faq);
    }
  }

  @Test
  void the_category_tree_has_the_seeded_shape() {
    List<CategoryNode> tree = holding(0).categoryTree();

    assertThat(tree).as("the tree's top level must be Network, then Accounts")
        .extracting(node -> node.category().id()).containsExactly(CatalogContractData.NETWORK.id(),
            CatalogContractData.ACCOUNTS.id());
    assertThat(tree.get(0).children()).as("Network must hold Wi-Fi, then VPN")
        .extracting(node -> node.category().id()).containsExactly(CatalogContractData.WIFI.id(),
            CatalogContractData.VPN.id());
    assertThat(tree.get(0).children()).as("Wi-Fi and VPN must be leaves")
        .allSatisfy(node -> assertThat(node.children()).isEmpty());
    assertThat(tree.get(1).children()).as("Accounts must be a leaf").isEmpty();
    assertThat(tree.get(0).children().get(0).category().name()).as("a category must keep its name, in any script")
        .isEqualTo(CatalogContractData.WIFI.name());
  }

  @Test
  void the_category_tree_of_a_language_holds_the_categories_of_that_language_only() {
    Helpdesk helpdesk = createHelpdesk(CatalogContractData.inTwoLanguages());

    List<CategoryNode> english = helpdesk.categoryTree(CategoryQuery.defaults().inLanguage("en_us"));
    List<CategoryNode> chinese = helpdesk.categoryTree(CategoryQuery.defaults().inLanguage("zh_cn"));

    assertThat(english).as("the en_us tree must hold Guides alone at its top level")
        .extracting(node -> node.category().id()).containsExactly(CatalogContractData.GUIDES.id());
    assertThat(english.get(0).children()).as("the en_us tree must hold Setting up under Guides")
        .extracting(node -> node.category().id()).containsExactly(CatalogContractData.SETUP.id());
    assertThat(chinese).as("the zh_cn tree's top level must be Network, then Accounts")
        .extracting(node -> node.category().id()).containsExactly(CatalogContractData.NETWORK.id(),
            CatalogContractData.ACCOUNTS.id());
  }

  @Test
  void the_category_tree_by_update_time_descending_is_the_ascending_one_reversed_at_every_level() {
    Helpdesk helpdesk = holding(0);
    CategoryOrder.Key updated = CategoryOrder.Key.UPDATE_TIME;

    List<CategoryNode> ascending = helpdesk.categoryTree(CategoryQuery.defaults()
        .orderedBy(CategoryOrder.ascending(updated)));
    List<CategoryNode> descending = helpdesk.categoryTree(CategoryQuery.defaults()
        .orderedBy(CategoryOrder.descending(updated)));

    assertThat(ascending.stream().mapToInt(CategoryNode::size).sum())
        .as("the tree in an order must hold every category").isEqualTo(CatalogContractData.categories().size());
    assertThat(descending).as("the tree by update time descending must be the ascending one reversed, at every level")
        .isEqualTo(reversed(ascending));
    assertThat(requestsSince()).as("each tree is one request").isEqualTo(2);
  }

  @Test
  void finds_one_category_by_id() {
    CategoryRepository categories = holding(0);

    Optional<Category> wifi = categories.findCategory(id(CatalogContractData.WIFI));

    assertThat(wifi).as("findCategory must find a category the helpdesk holds").isPresent();
    assertThat(wifi.get().id()).as("findCategory must return the category asked for")
        .isEqualTo(CatalogContractData.WIFI.id());
    assertThat(wifi.get().name()).as("findCategory must return the category's name")
        .isEqualTo(CatalogContractData.WIFI.name());
    assertThat(categories.findCategory(CatalogContractData.UNKNOWN_CATEGORY_ID))
        .as("findCategory must return empty for an id the helpdesk does not hold").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "..", "%2F", "a?b", "a#b", "a\u0000b", "a\u202eb", "\ud83d\ude00"})
  void refuses_a_category_id_unsafe_in_a_url_path_before_any_request(String hostile) {
    CategoryRepository categories = holding(0);

    assertThatIllegalArgumentException().as("findCategory must refuse an id unsafe in a URL path")
        .isThrownBy(() -> categories.findCategory(CategoryId.of(hostile)));
    assertThat(requestsSince()).as("an unsafe category id must be refused before any request").isZero();
  }

  @Test
  void refuses_null_arguments_before_any_request() {
    Helpdesk helpdesk = holding(4);
    FaqCatalog catalog = helpdesk;

    assertThatNullPointerException().as("list(null)").isThrownBy(() -> catalog.list(null));
    assertThatNullPointerException().as("search(null)").isThrownBy(() -> catalog.search(null));
    assertThatNullPointerException().as("listPage(null, request)")
        .isThrownBy(() -> catalog.listPage(null, PageRequest.first()));
    assertThatNullPointerException().as("listPage(filter, null)")
        .isThrownBy(() -> catalog.listPage(FaqFilter.all(), null));
    assertThatNullPointerException().as("searchPage(null, request)")
        .isThrownBy(() -> catalog.searchPage(null, PageRequest.first()));
    assertThatNullPointerException().as("findCategory(null)")
        .isThrownBy(() -> helpdesk.findCategory(null));
    assertThatNullPointerException().as("categoryTree(null)")
        .isThrownBy(() -> helpdesk.categoryTree(null));
    assertThat(requestsSince()).as("null arguments must be refused before any request").isZero();
  }

  private static List<CategoryNode> reversed(List<CategoryNode> nodes) {
    List<CategoryNode> reversed = new ArrayList<>();
    for (CategoryNode node : nodes) {
      reversed.add(0, new CategoryNode(node.category(), reversed(node.children())));
    }
    return reversed;
  }

  private static CategoryId id(Category category) {
    return category.id().orElseThrow();
  }

  private static List<Faq> matching(int count, Predicate<Faq> filter) {
    return CatalogContractData.faqs(count).stream().filter(filter).collect(Collectors.toList());
  }

  private static List<FaqId> idsOf(List<Faq> faqs) {
    return faqs.stream().map(Faq::id).collect(Collectors.toList());
  }

  private static List<FaqId> ids(Stream<Faq> faqs) {
    try (faqs) {
      return faqs.map(Faq::id).collect(Collectors.toList());
    }
  }
}
