package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fake from a file in Feishu's format: its FAQs, the categories they name, and the images beside it. */
class FeishuDataFileTest {

  @TempDir
  Path folder;

  @Test
  void seeds_the_faqs_their_categories_and_the_images_beside_the_file() throws IOException {
    Path file = Files.writeString(folder.resolve("faqs.json"), "[" + faq("2", "c-child", "img-b", "img-gone")
        + "," + faq("1", "c-parent", "img-a") + "]");
    Files.write(folder.resolve("img-a.jpeg"), new byte[] {1});
    Files.write(folder.resolve("img-b.svg"), new byte[] {2});
    Files.write(folder.resolve("img-b.png"), new byte[] {3});

    FakeHelpdesk fake = FeishuDataFile.read(file);

    assertThat(fake.findById(FaqId.of("1"))).isPresent();
    assertThat(fake.findById(FaqId.of("2"))).isPresent();
    assertThat(fake.categoryTree()).extracting(this::describe)
        .containsExactly("c-parent(Parent of c-parent) [c-child(Parent of c-child)]");
    assertThat(image(fake, "1", "img-a")).isEqualTo("image/jpeg 1");
    assertThat(image(fake, "2", "img-b")).as("the first extension in order").isEqualTo("image/png 3");
    assertThat(image(fake, "2", "img-gone")).isEqualTo("none");
  }

  @Test
  void refuses_a_file_that_holds_no_faq_document() throws IOException {
    Path file = Files.writeString(folder.resolve("faqs.json"), "{\"code\":154004}");

    assertThatIllegalArgumentException().isThrownBy(() -> FeishuDataFile.read(file))
        .withMessageContaining("is an error answer (code 154004)");
  }

  @Test
  void refuses_categories_whose_parents_form_a_cycle() throws IOException {
    Path file = Files.writeString(folder.resolve("faqs.json"), "[{\"data\":{\"faq\":{\"faq_id\":\"1\","
        + "\"categories\":[{\"category_id\":\"a\",\"parent_id\":\"b\"},"
        + "{\"category_id\":\"b\",\"parent_id\":\"a\"}]}}}]");

    assertThatIllegalArgumentException().isThrownBy(() -> FeishuDataFile.read(file)).withMessageContaining("cycle");
  }

  @Test
  void says_which_file_it_cannot_read() {
    assertThatThrownBy(() -> FeishuDataFile.read(folder.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
  }

  /** A FAQ filed under a category whose parent is c-parent (or none, for c-parent), its answer showing images. */
  private static String faq(String id, String category, String... keys) {
    StringBuilder answer = new StringBuilder("[{\"type\":\"text\",\"content\":\"Answer.\"}");
    for (String key : keys) {
      answer.append(",{\"type\":\"img\",\"key\":\"").append(key).append("\"}");
    }
    String parent = category.equals("c-parent") ? "0" : "c-parent";
    return "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"" + id + "\",\"answer_richtext\":" + answer + "],"
        + "\"categories\":[{\"category_id\":\"" + category + "\",\"name\":\"Parent of " + category + "\","
        + "\"parent_id\":\"" + parent + "\"}]}}}";
  }

  private String describe(CategoryNode node) {
    String name = node.category().id().map(CategoryId::value).orElse("?") + "("
        + node.category().name().orElse("") + ")";
    List<String> children = node.children().stream().map(this::describe).toList();
    return children.isEmpty() ? name : name + " " + children;
  }

  private static String image(FakeHelpdesk fake, String faqId, String key) {
    return fake.readImage(FaqId.of(faqId), ImageKey.of(key), (FaqImage image) -> image.contentType() + " "
        + image.stream().readAllBytes()[0]).orElse("none");
  }
}
