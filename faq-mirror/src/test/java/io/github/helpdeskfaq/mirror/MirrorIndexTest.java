package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MirrorIndexTest {

  private static final Category IT = Category.of(CategoryId.of("10"), "IT");
  private static final Category NETWORK = Category.of(CategoryId.of("11"), "Network *and* Wi-Fi");
  private static final Category EMPTY = Category.of(CategoryId.of("12"), "Empty");
  private static final Category HR = new Category(Optional.of(CategoryId.of("20")), Optional.empty(),
      Optional.of(" "), Optional.empty(), Optional.empty(), Optional.empty());

  private static String render(List<Faq> faqs, List<CategoryNode> tree) {
    return new String(new MirrorIndex().render(faqs, tree), StandardCharsets.UTF_8);
  }

  private static Faq faq(String id, String question, Category... filedUnder) {
    return Faq.builder(FaqId.of(id)).question(question).categories(List.of(filedUnder)).build();
  }

  @Test
  void lists_the_tree_with_each_faq_under_every_category_it_is_filed_under_and_the_rest_apart() {
    List<CategoryNode> tree = List.of(
        new CategoryNode(IT, List.of(CategoryNode.leaf(NETWORK), CategoryNode.leaf(EMPTY))),
        CategoryNode.leaf(HR));
    List<Faq> faqs = List.of(faq("1", "Printer?", IT), faq("2", "Wi-Fi?", NETWORK, IT), faq("3", "Leave?", HR),
        faq("4", "Lunch?"), faq("5", "Parking?", Category.of(CategoryId.of("99"), "Gone")));

    assertThat(render(faqs, tree)).isEqualTo("""
        # FAQs

        - IT
          - [Printer?](faqs/1/1.md)
          - [Wi-Fi?](faqs/2/2.md)
          - Network \\*and\\* Wi-Fi
            - [Wi-Fi?](faqs/2/2.md)
        - (no name)
          - [Leave?](faqs/3/3.md)

        ## In no category

        - [Lunch?](faqs/4/4.md)
        - [Parking?](faqs/5/5.md)
        """);
  }

  @Test
  void without_categories_lists_every_faq_and_without_faqs_says_so() {
    assertThat(render(List.of(faq("1", "Printer?")), List.of(CategoryNode.leaf(EMPTY))))
        .isEqualTo("# FAQs\n\n- [Printer?](faqs/1/1.md)\n");
    assertThat(render(List.of(), List.of(CategoryNode.leaf(IT)))).isEqualTo("# FAQs\n\nNo FAQs.\n");
  }
}
