package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.CategoryNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The category tree read from Feishu's answer: nested, flat with parent ids, or odd. */
class FeishuCategoryTreeTest {

  @Test
  void reads_the_documented_example_with_children_nested() throws IOException {
    List<CategoryNode> tree = tree("[{\"category_id\":\"6948728206392295444\",\"id\":\"6948728206392295444\","
        + "\"name\":\"创建团队和邀请成员\",\"parent_id\":\"0\",\"helpdesk_id\":\"6939771743531696147\","
        + "\"language\":\"zh_cn\",\"children\":[{\"id\":\"4\",\"name\":\"子分类\",\"parent_id\":\"6948728206392295444\"}]}]");

    assertThat(shape(tree)).isEqualTo("创建团队和邀请成员(子分类)");
    CategoryNode child = tree.get(0).children().get(0);
    assertThat(child.category().id().orElseThrow().value()).as("the legacy id stands in for category_id")
        .isEqualTo("4");
  }

  @Test
  void assembles_a_flat_answer_by_parent_id_in_the_answers_order() throws IOException {
    List<CategoryNode> tree = tree("[{\"category_id\":\"11\",\"name\":\"Wi-Fi\",\"parent_id\":\"1\"},"
        + "{\"category_id\":\"1\",\"name\":\"Network\",\"parent_id\":\"0\"},"
        + "{\"category_id\":\"2\",\"name\":\"Accounts\"},"
        + "{\"category_id\":\"12\",\"name\":\"VPN\",\"parent_id\":\"1\"},"
        + "{\"category_id\":\"3\",\"name\":\"Orphan\",\"parent_id\":\"999\"}]");

    assertThat(shape(tree)).isEqualTo("Network(Wi-Fi,VPN),Accounts,Orphan");
  }

  @Test
  void keeps_a_category_sent_twice_where_it_first_appears() throws IOException {
    List<CategoryNode> tree = tree("[{\"category_id\":\"1\",\"name\":\"Network\",\"children\":["
        + "{\"category_id\":\"11\",\"name\":\"Wi-Fi\"}]},{\"category_id\":\"11\",\"name\":\"Wi-Fi again\"}]");

    assertThat(shape(tree)).isEqualTo("Network(Wi-Fi)");
  }

  @Test
  void shows_categories_whose_parents_form_a_cycle_rather_than_lose_them() throws IOException {
    List<CategoryNode> tree = tree("[{\"category_id\":\"1\",\"name\":\"a\",\"parent_id\":\"2\"},"
        + "{\"category_id\":\"2\",\"name\":\"b\",\"parent_id\":\"1\"},"
        + "{\"category_id\":\"3\",\"name\":\"self\",\"parent_id\":\"3\"}]");

    assertThat(tree.stream().mapToInt(CategoryNode::size).sum()).isEqualTo(3);
    assertThat(shape(tree)).isEqualTo("self,a(b)");
  }

  @Test
  void reads_missing_and_null_lists_as_empty() throws IOException {
    assertThat(tree("null")).isEmpty();
    assertThat(shape(tree("[{\"category_id\":\"1\",\"name\":\"a\",\"children\":null}]"))).isEqualTo("a");
    assertThat(FeishuCategoryTree.toTree(null)).isEmpty();
  }

  private static List<CategoryNode> tree(String categories) throws IOException {
    CategoriesDto data = FeishuJson.MOSHI.adapter(CategoriesDto.class).fromJson("{\"categories\":" + categories + "}");
    return FeishuCategoryTree.toTree(data);
  }

  private static String shape(List<CategoryNode> nodes) {
    return nodes.stream().map(node -> node.category().name().orElse("?")
        + (node.children().isEmpty() ? "" : "(" + shape(node.children()) + ")")).collect(Collectors.joining(","));
  }
}
