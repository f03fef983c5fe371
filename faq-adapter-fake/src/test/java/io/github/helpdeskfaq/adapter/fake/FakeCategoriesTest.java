package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FakeCategoriesTest {

  @Test
  void builds_the_tree_from_the_parents_in_the_order_seeded() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .category(category("1", "Network", "0"))
        .category(category("11", "Wi-Fi", "1"))
        .category(category("2", "Accounts", null))
        .category(category("12", "VPN", "1"))
        .category(category("111", "Guests", "11"))
        .category(category("3", "Orphan", "999"))
        .build();

    List<CategoryNode> tree = fake.categoryTree();

    assertThat(names(tree)).containsExactly("Network", "Accounts", "Orphan");
    assertThat(names(tree.get(0).children())).containsExactly("Wi-Fi", "VPN");
    assertThat(names(tree.get(0).children().get(0).children())).containsExactly("Guests");
    assertThat(tree.get(1).children()).isEmpty();
    assertThat(tree.stream().mapToInt(CategoryNode::size).sum()).isEqualTo(6);
  }

  @Test
  void keeps_the_categories_of_the_language_asked_for_and_records_the_query() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .category(category("1", "Network", "0"))
        .category(category("11", "Wi-Fi", "1", "en_us"))
        .category(category("2", "网络", "0", "zh_cn"))
        .category(category("21", "无线网络", "2", "zh_cn"))
        .category(category("12", "Guests", "11", "en_us"))
        .category(category("13", "VPN", "1", "zh_cn"))
        .build();
    CategoryQuery chinese = CategoryQuery.defaults().inLanguage("ZH_CN");

    List<CategoryNode> tree = fake.categoryTree(chinese);

    assertThat(names(tree)).as("VPN's parent is English: VPN is a top-level one here").containsExactly("网络", "VPN");
    assertThat(names(tree.get(0).children())).containsExactly("无线网络");
    assertThat(names(fake.categoryTree(CategoryQuery.defaults().inLanguage("ja_jp")))).isEmpty();
    assertThat(fake.catalogCalls()).first().isEqualTo(new CatalogCall.CategoryTree(chinese));
  }

  @Test
  void orders_by_update_time_as_seeded_ascending_and_in_reverse_descending_at_every_level() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .category(category("1", "Network", "0"))
        .category(category("11", "Wi-Fi", "1"))
        .category(category("2", "Accounts", "0"))
        .category(category("12", "VPN", "1"))
        .build();
    CategoryOrder.Key updated = CategoryOrder.Key.UPDATE_TIME;

    List<CategoryNode> ascending = fake.categoryTree(CategoryQuery.defaults()
        .orderedBy(CategoryOrder.ascending(updated)));
    List<CategoryNode> descending = fake.categoryTree(CategoryQuery.defaults()
        .orderedBy(CategoryOrder.descending(updated)));

    assertThat(ascending).isEqualTo(fake.categoryTree());
    assertThat(names(descending)).containsExactly("Accounts", "Network");
    assertThat(names(descending.get(1).children())).containsExactly("VPN", "Wi-Fi");
  }

  @Test
  void finds_one_category_and_records_the_call() {
    FakeHelpdesk fake = FakeHelpdesk.builder().category(category("1", "Network", "0")).build();

    assertThat(fake.findCategory(CategoryId.of("1")).flatMap(Category::name)).contains("Network");
    assertThat(fake.findCategory(CategoryId.of("2"))).isEmpty();
    assertThat(fake.catalogCalls()).containsExactly(new CatalogCall.FindCategory(CategoryId.of("1")),
        new CatalogCall.FindCategory(CategoryId.of("2")));
  }

  @Test
  void refuses_an_id_unsafe_in_a_url_path_before_recording_the_call() {
    FakeHelpdesk fake = FakeHelpdesk.builder().category(category("1", "Network", "0")).build();

    assertThatIllegalArgumentException().isThrownBy(() -> fake.findCategory(CategoryId.of("../1")));
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void refuses_categories_whose_parents_form_a_cycle() {
    FakeHelpdesk.Builder builder = FakeHelpdesk.builder()
        .category(category("1", "a", "2"))
        .category(category("2", "b", "1"));

    assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("cycle");
  }

  @Test
  void refuses_a_category_without_an_id() {
    Category anonymous = new Category(Optional.empty(), Optional.empty(), Optional.of("x"), Optional.empty(),
        Optional.empty(), Optional.empty());

    assertThatIllegalArgumentException().isThrownBy(() -> FakeHelpdesk.builder().category(anonymous).build())
        .withMessageContaining("needs an id");
  }

  private static Category category(String id, String name, String parent) {
    return category(id, name, parent, "en_us");
  }

  private static Category category(String id, String name, String parent, String language) {
    return new Category(Optional.of(CategoryId.of(id)), Optional.of(id), Optional.of(name),
        Optional.ofNullable(parent).map(CategoryId::of), Optional.empty(), Optional.of(language));
  }

  private static List<String> names(List<CategoryNode> nodes) {
    return nodes.stream().map(node -> node.category().name().orElseThrow()).collect(Collectors.toList());
  }
}
