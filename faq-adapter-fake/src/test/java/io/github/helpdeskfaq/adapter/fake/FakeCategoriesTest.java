package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
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
    return new Category(Optional.of(CategoryId.of(id)), Optional.of(id), Optional.of(name),
        Optional.ofNullable(parent).map(CategoryId::of), Optional.empty(), Optional.of("en_us"));
  }

  private static List<String> names(List<CategoryNode> nodes) {
    return nodes.stream().map(node -> node.category().name().orElseThrow()).collect(Collectors.toList());
  }
}
