package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.RichTextElement.Image;
import io.github.helpdeskfaq.domain.RichTextElement.Unknown;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

  private final MarkdownExporter exporter = new MarkdownExporter();

  @Test
  void flows_text_and_links_inline_breaks_lines_at_line_breaks_and_links_images_to_their_files() {
    ImageKey key = ImageKey.of("img_1");
    Faq faq = faq(
        RichTextElement.text("Hi, please visit "),
        RichTextElement.hyperlink("字节跳动", "https://bytedance.com"),
        RichTextElement.text("."),
        RichTextElement.text(""),
        new Image(Optional.of("img_1"), Optional.of("https://link.to.image/image.jpg"), Optional.of("680"),
            Optional.of("480")),
        RichTextElement.text(""),
        RichTextElement.text(""),
        RichTextElement.text("A new paragraph\nwith a newline of its own."));

    assertThat(exporter.render(faq, Map.of(key, "img_1.jpg"))).isEqualTo("""
        # Q?

        Hi, please visit [字节跳动](https://bytedance.com).\\
        ![image](img_1.jpg)

        A new paragraph\\
        with a newline of its own.
        """);
  }

  @Test
  void keeps_a_url_with_spaces_and_parentheses_inside_its_link_and_escapes_the_link_text() {
    Faq faq = faq(RichTextElement.hyperlink("The *reset* guide [PDF]", "https://example.com/badge reader (v2).pdf"));

    assertThat(exporter.render(faq, Map.of())).endsWith(
        "\n\n[The \\*reset\\* guide \\[PDF\\]](https://example.com/badge%20reader%20%28v2%29.pdf)\n");
  }

  @Test
  void shows_a_link_without_text_as_its_url_and_a_link_without_url_as_its_text() {
    Faq faq = faq(
        new RichTextElement.Hyperlink(Optional.empty(), Optional.of("https://bytedance.com")),
        RichTextElement.text(" "),
        new RichTextElement.Hyperlink(Optional.of("no target"), Optional.empty()));

    assertThat(exporter.render(faq, Map.of()))
        .endsWith("\n\n[https://bytedance.com](https://bytedance.com) no target\n");
  }

  @Test
  void notes_images_that_were_not_found_or_have_no_usable_key_and_elements_it_does_not_know() {
    Faq faq = faq(
        RichTextElement.image(ImageKey.of("img_gone")),
        RichTextElement.text(""),
        new Image(Optional.of("bad key/*"), Optional.empty(), Optional.empty(), Optional.empty()),
        RichTextElement.text(""),
        new Image(Optional.empty(), Optional.of("https://link.to.image/x.jpg"), Optional.empty(), Optional.empty()),
        RichTextElement.text(""),
        new Unknown(Optional.of("table"), Map.of("rows", List.of())),
        RichTextElement.text(""),
        new Unknown(Optional.empty(), Map.of("content", "typeless")));

    assertThat(exporter.render(faq, Map.of())).isEqualTo("""
        # Q?

        *(image img_gone was not found)*\\
        *(image "bad key/\\*" has no usable key and was not exported)*\\
        *(image without a key was not exported)*\\
        *(element of type "table" not exported)*\\
        *(element without a type not exported)*
        """);
  }

  @Test
  void escapes_the_question_in_the_heading() {
    Faq faq = Faq.builder(FaqId.of("1")).question("Why does C# print <nothing>?").build();

    assertThat(exporter.render(faq, Map.of())).isEqualTo("# Why does C\\# print \\<nothing\\>?\n");
  }

  private static Faq faq(RichTextElement... elements) {
    return Faq.builder(FaqId.of("1")).question("Q?").answerRichText(List.of(elements)).build();
  }
}
