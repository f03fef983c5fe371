package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogValuesTest {

  @Test
  void a_filter_is_narrowed_part_by_part_and_all_filters_nothing() {
    FaqFilter filter = FaqFilter.all().inCategory(CategoryId.of("42")).withStatus(FaqStatus.ONLINE).containing("点餐");

    assertThat(FaqFilter.all()).isEqualTo(new FaqFilter(Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(filter.category()).contains(CategoryId.of("42"));
    assertThat(filter.status()).contains(FaqStatus.ONLINE);
    assertThat(filter.text()).contains("点餐");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u3000"})
  void a_filter_refuses_blank_text_which_the_service_would_read_as_no_filter(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqFilter.all().containing(blank))
        .withMessageContaining("filter text must not be blank");
  }

  @Test
  void a_filter_refuses_a_blank_category_id() {
    // CategoryId carries what the server sends; the filter is where a blank one is refused.
    assertThatIllegalArgumentException().isThrownBy(() -> FaqFilter.all().inCategory(CategoryId.of(" ")))
        .withMessageContaining("filter category id must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\u3000"})
  void a_search_query_is_not_blank(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> SearchQuery.of(blank))
        .withMessageContaining("search query must not be blank");
    assertThatNullPointerException().isThrownBy(() -> SearchQuery.of(null));
  }

  @Test
  void a_search_query_is_kept_as_typed() {
    assertThat(SearchQuery.of("  Wi-Fi 密码 ").text()).isEqualTo("  Wi-Fi 密码 ");
  }

  @Test
  void a_page_request_asks_for_at_least_one_item() {
    assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.first(0))
        .withMessageContaining("page size must be at least 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.after(PageCursor.of("t"), -5));
    assertThat(PageRequest.first()).isEqualTo(new PageRequest(Optional.empty(), OptionalInt.empty()));
    assertThat(PageRequest.after(PageCursor.of("t"), 7).size()).hasValue(7);
  }

  @Test
  void a_cursor_is_never_empty() {
    assertThatIllegalArgumentException().isThrownBy(() -> PageCursor.of(""));
    assertThatNullPointerException().isThrownBy(() -> PageCursor.of(null));
  }

  @Test
  void a_page_copies_its_items_and_knows_whether_more_follow() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, Optional.of(PageCursor.of("n")), OptionalLong.of(9));
    items.clear();

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.hasMore()).isTrue();
    assertThat(Page.last(List.of()).hasMore()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(
        () -> new Page<>(List.of(), Optional.empty(), OptionalLong.of(-1)));
  }

  @Test
  void a_category_node_counts_its_subtree_and_copies_its_children() {
    List<CategoryNode> children = new ArrayList<>(List.of(
        new CategoryNode(Category.of(CategoryId.of("2"), "b"), List.of(CategoryNode.leaf(Category.of(CategoryId.of("3"), "c")))),
        CategoryNode.leaf(Category.of(CategoryId.of("4"), "d"))));
    CategoryNode root = new CategoryNode(Category.of(CategoryId.of("1"), "a"), children);
    children.clear();

    assertThat(root.size()).isEqualTo(4);
    assertThat(root.children()).hasSize(2);
  }

  @Test
  void a_category_query_sets_nothing_by_default_and_is_narrowed_part_by_part() {
    CategoryQuery query = CategoryQuery.defaults().inLanguage("en_US")
        .orderedBy(CategoryOrder.descending(CategoryOrder.Key.UPDATE_TIME));

    assertThat(CategoryQuery.defaults()).isEqualTo(new CategoryQuery(Optional.empty(), Optional.empty()));
    assertThat(query.language()).as("kept in the platform's lower case").contains("en_us");
    assertThat(query.order()).contains(new CategoryOrder(CategoryOrder.Key.UPDATE_TIME, false));
    assertThat(CategoryOrder.ascending(CategoryOrder.Key.UPDATE_TIME).ascending()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh_cn", "ja_jp", "pt_br"})
  void a_category_query_takes_a_language_code(String code) {
    assertThat(CategoryQuery.defaults().inLanguage(code).language()).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "e", "en us", "en-us", "en_us\r\nX-Evil: 1", "en_us&asc=false", "中文",
      "english_language"})
  void a_category_query_refuses_anything_but_a_language_code(String hostile) {
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryQuery.defaults().inLanguage(hostile))
        .withMessageContaining("category language must be a code such as zh_cn, en_us or ja_jp, was \"");
    assertThatNullPointerException().isThrownBy(() -> CategoryQuery.defaults().inLanguage(null));
  }

  @Test
  void a_page_may_count_zero_but_not_fewer_and_a_page_may_hold_one_item() {
    assertThat(new Page<>(List.of(), Optional.empty(), OptionalLong.of(0)).total()).hasValue(0);
    assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), Optional.empty(), OptionalLong.of(-1)))
        .withMessage("total must not be negative, was -1");
    assertThat(PageRequest.first(1).size()).hasValue(1);
    assertThat(PageRequest.first().size()).isEmpty();
    assertThat(PageRequest.first().cursor()).isEmpty();
  }

  @Test
  void an_image_may_be_empty_but_not_of_negative_length() {
    java.io.InputStream bytes = java.io.InputStream.nullInputStream();

    assertThat(new io.github.helpdeskfaq.domain.port.FaqImage("image/png", OptionalLong.of(0), Optional.empty(),
        bytes).contentLength()).hasValue(0);
    assertThatIllegalArgumentException().isThrownBy(() -> new io.github.helpdeskfaq.domain.port.FaqImage("image/png",
        OptionalLong.of(-1), Optional.empty(), bytes)).withMessage("contentLength must not be negative, was -1");
  }

  @Test
  void an_unknown_rich_text_element_keeps_finite_fractions_and_nested_values() {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("ratio", 0.5);
    fields.put("rows", List.of(java.util.Map.of("ratio", 1.5f)));

    RichTextElement.Unknown unknown = new RichTextElement.Unknown(Optional.of("table"), fields);

    assertThat(unknown.fields()).containsEntry("ratio", 0.5)
        .containsEntry("rows", List.of(java.util.Map.of("ratio", 1.5f)));
    assertThatIllegalArgumentException().isThrownBy(() -> new RichTextElement.Unknown(Optional.empty(),
        java.util.Map.of("n", Double.POSITIVE_INFINITY))).withMessage("fields.n is Infinity, which JSON cannot hold");
  }
}
