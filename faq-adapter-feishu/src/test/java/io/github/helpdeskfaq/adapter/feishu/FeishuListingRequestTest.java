package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import io.github.helpdeskfaq.testkit.CatalogContractData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the list, the search and the categories send over the wire, and how their failures come back. */
class FeishuListingRequestTest {

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void lists_in_pages_of_a_hundred_by_default_with_both_authorization_headers() {
    feishu.serve(generated(250));
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    assertThat(count(repository.list(FaqFilter.all()))).isEqualTo(250);

    SimulatedRequest first = feishu.takeRequest();
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/open-apis/helpdesk/v1/faqs?page_size=100");
    assertThat(first.header("Authorization")).startsWith("Bearer t-granted-");
    assertThat(first.header("X-Lark-Helpdesk-Authorization")).isEqualTo(LoopbackFeishu.HELPDESK_AUTHORIZATION);
    SimulatedRequest second = feishu.takeRequest();
    assertThat(second.queryParameter("page_token")).isNotEmpty();
    assertThat(second.queryParameter("page_size")).isEqualTo("100");
    assertThat(feishu.pageRequests()).isEqualTo(3);
  }

  @Test
  void sends_the_filter_as_the_platform_documents_it() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    repository.listPage(FaqFilter.all().inCategory(CategoryId.of("6948728206392295444"))
        .withStatus(FaqStatus.DELETED).containing("点餐 & more"), PageRequest.first(20));

    SimulatedRequest url = feishu.takeRequest();
    assertThat(url.encodedPath()).isEqualTo("/open-apis/helpdesk/v1/faqs");
    assertThat(url.queryParameter("category_id")).isEqualTo("6948728206392295444");
    assertThat(url.queryParameter("status")).isEqualTo("0");
    assertThat(url.queryParameter("search")).isEqualTo("点餐 & more");
    assertThat(url.queryParameter("page_size")).isEqualTo("20");
    assertThat(url.queryParameter("page_token")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"ONLINE, 1", "DELETED, 0", "DELETED_PERMANENTLY, 2"})
  void sends_each_status_as_the_platforms_code(FaqStatus status, String code) {
    loopback.withTokenSource().build().listPage(FaqFilter.all().withStatus(status), PageRequest.first());

    assertThat(feishu.takeRequest().queryParameter("status")).isEqualTo(code);
  }

  @Test
  void sends_a_query_that_is_not_printable_ascii_as_base64_of_its_utf8_bytes() {
    String query = "无线网络??>";
    String base64 = Base64.getEncoder().encodeToString(query.getBytes(StandardCharsets.UTF_8));
    assertThat(base64).as("the example needs the characters that URLs treat specially").contains("+", "/");
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    repository.searchPage(SearchQuery.of(query), PageRequest.first());

    SimulatedRequest request = feishu.takeRequest();
    assertThat(request.encodedPath()).isEqualTo("/open-apis/helpdesk/v1/faqs/search");
    assertThat(request.queryParameter("query")).isEqualTo(base64);
    assertThat(request.queryParameter("base64")).isEqualTo("true");
    assertThat(request.path()).as("'+' must not arrive as a space").contains("%2B").doesNotContain("+");
  }

  @Test
  void sends_a_printable_ascii_query_as_it_is() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    repository.searchPage(SearchQuery.of("wifi password"), PageRequest.first());

    SimulatedRequest url = feishu.takeRequest();
    assertThat(url.queryParameter("query")).isEqualTo("wifi password");
    assertThat(url.queryParameter("base64")).isNull();
  }

  @Test
  void finds_what_a_chinese_query_names_on_the_simulated_feishu() {
    feishu.serve(FakeHelpdesk.builder().faqs(CatalogContractData.faqs(6)).build());
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    assertThat(ids(repository.search(SearchQuery.of(CatalogContractData.CJK_QUERY))))
        .containsExactly("7400000000000000000", "7400000000000000003");
  }

  @Test
  void caps_a_page_size_asked_for_at_the_platforms_hundred() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    repository.listPage(FaqFilter.all(), PageRequest.first(500));

    assertThat(feishu.takeRequest().queryParameter("page_size")).isEqualTo("100");
  }

  @Test
  void retries_a_page_that_failed_on_the_server_like_the_faq_detail() {
    feishu.serve(generated(5));
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    assertThat(count(repository.list(FaqFilter.all()))).isEqualTo(5);

    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    assertThat(loopback.retryClock.waits()).hasSize(1);
  }

  @Test
  void fetches_a_fresh_tenant_token_when_a_page_is_refused_for_its_token() {
    feishu.serve(generated(5));
    FeishuHelpdesk repository = loopback.withAppCredentials().build();
    feishu.refuseNextTokens(1, 99991663);

    assertThat(count(repository.list(FaqFilter.all()))).isEqualTo(5);

    assertThat(feishu.tokenRequests()).isEqualTo(2);
  }

  @Test
  void throws_access_denied_from_the_stream_when_a_page_is_refused() {
    feishu.answerPages(request -> FeishuResponses.error(403, 154003, "no permission"));
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    try (Stream<Faq> faqs = repository.list(FaqFilter.all())) {
      assertThatThrownBy(faqs::count).isInstanceOf(FaqAccessDeniedException.class)
          .satisfies(denied -> assertThat(((FaqAccessDeniedException) denied).serviceCode()).hasValue(154003));
    }
  }

  @Test
  void reads_not_found_for_a_listing_as_an_empty_last_page() {
    feishu.answerPages(request -> FeishuResponses.notFound());
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    Page<Faq> page = repository.listPage(FaqFilter.all().inCategory(CategoryId.of("404")), PageRequest.first());

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void gets_the_category_tree_and_one_category_from_the_documented_paths() {
    FakeHelpdesk.Builder categories = FakeHelpdesk.builder();
    CatalogContractData.categories().forEach(categories::category);
    feishu.serve(categories.build());
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    assertThat(repository.categoryTree()).hasSize(2);
    assertThat(repository.findCategory(CategoryId.of("7500000000000000002"))).isPresent();

    assertThat(feishu.takeRequest().path()).isEqualTo("/open-apis/helpdesk/v1/categories");
    SimulatedRequest one = feishu.takeRequest();
    assertThat(one.path()).isEqualTo("/open-apis/helpdesk/v1/categories/7500000000000000002");
    assertThat(one.header("X-Lark-Helpdesk-Authorization")).isEqualTo(LoopbackFeishu.HELPDESK_AUTHORIZATION);
  }

  @Test
  void sends_the_category_trees_language_and_order_only_when_set() {
    FeishuHelpdesk repository = loopback.withTokenSource().build();

    repository.categoryTree(CategoryQuery.defaults().inLanguage("en_us"));
    repository.categoryTree(CategoryQuery.defaults()
        .orderedBy(CategoryOrder.descending(CategoryOrder.Key.UPDATE_TIME)));
    repository.categoryTree(CategoryQuery.defaults().inLanguage("ja_jp")
        .orderedBy(CategoryOrder.ascending(CategoryOrder.Key.UPDATE_TIME)));

    assertThat(feishu.takeRequest().path()).isEqualTo("/open-apis/helpdesk/v1/categories?lang=en_us");
    assertThat(feishu.takeRequest().path()).isEqualTo("/open-apis/helpdesk/v1/categories?order_by=1&asc=false");
    assertThat(feishu.takeRequest().path())
        .isEqualTo("/open-apis/helpdesk/v1/categories?lang=ja_jp&order_by=1&asc=true");
  }

  /** A helpdesk of {@code count} online FAQs, {@code 75...} followed by their number: listed in that order. */
  static FakeHelpdesk generated(int count) {
    return FakeHelpdesk.builder().faqs(IntStream.range(0, count).mapToObj(i -> Faq.builder(
        FaqId.of(String.format("75%017d", i))).question("question " + i).build()).toList()).build();
  }

  private static long count(Stream<Faq> faqs) {
    try (faqs) {
      return faqs.count();
    }
  }

  private static List<String> ids(Stream<Faq> faqs) {
    try (faqs) {
      return faqs.map(faq -> faq.id().value()).collect(Collectors.toList());
    }
  }
}
