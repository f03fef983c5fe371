package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page read back: the heading is the question, the rest the answer, the exporter's notes as it wrote them. */
class PageReaderTest {

  private static final ImageKey KEY = ImageKey.of("img-a");

  @Test
  void reads_the_question_unescaped_and_the_answer_after_it() {
    PageReader.Page page = PageReader.read("\n# Is 2 \\* 3 \\[six\\]?\n\nYes.\\\nSee [it](https://a.example/)\n",
        "p.md", MarkdownAnswers.imagesOf(List.of()));

    assertThat(page.question()).isEqualTo("Is 2 * 3 [six]?");
    assertThat(page.headingLine()).isEqualTo(2);
    assertThat(page.answer()).containsExactly(RichTextElement.text("Yes."), RichTextElement.text(""),
        RichTextElement.text("See "), RichTextElement.hyperlink("it", "https://a.example/"));
  }

  @Test
  void an_image_noted_as_not_found_or_not_downloaded_reads_back_as_that_image() {
    Faq faq = Faq.builder(FaqId.of("1")).question("Q?")
        .answerRichText(List.of(RichTextElement.text("a "), RichTextElement.image(KEY), RichTextElement.text(" b"),
            RichTextElement.image(ImageKey.of("img-b"))))
        .build();
    String exported = new MarkdownExporter().render(faq, Map.of(), Set.of(ImageKey.of("img-b")));
    assertThat(exported).contains("*(image img-a was not found)*", "*(image img-b could not be downloaded)*");

    PageReader.Page page = PageReader.read(exported, "p.md", MarkdownAnswers.imagesOf(faq.imageKeys()));

    assertThat(new MarkdownExporter().render(Faq.builder(faq.id()).question(page.question())
        .answerRichText(page.answer()).build(), Map.of(), Set.of(ImageKey.of("img-b")))).isEqualTo(exported);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*(element of type \"sticker\" not exported)*", "*(element without a type not exported)*",
      "*(image \"bad key\" has no usable key and was not exported)*", "*(image without a key was not exported)*"})
  void a_note_for_what_the_page_cannot_show_is_refused_naming_its_line(String note) {
    assertThatThrownBy(() -> PageReader.read("# Q?\n\nText " + note + " more\n", "p.md",
        destination -> Optional.empty())).isInstanceOf(MarkdownAnswerException.class)
        .hasMessageStartingWith("p.md:3: the page notes a part of the answer that it cannot show");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "Text first\n# Q?\n", "#Q?\n", "## Q?\n"})
  void a_page_without_its_question_as_a_first_heading_is_refused(String text) {
    assertThatThrownBy(() -> PageReader.read(text, "p.md", destination -> Optional.empty()))
        .isInstanceOf(MarkdownAnswerException.class)
        .hasMessageContaining("a page starts with its question as a heading");
  }

  @Test
  void a_question_that_is_empty_or_holds_a_link_is_refused_on_the_headings_line() {
    assertThatThrownBy(() -> PageReader.read("\n\n#  \n", "p.md", destination -> Optional.empty()))
        .hasMessageStartingWith("p.md:3: ");
    assertThatThrownBy(() -> PageReader.read("\n# See [x](https://a.example/)\n", "p.md",
        destination -> Optional.empty())).hasMessage("p.md:2: a question is text only, without links; write \\[ for "
        + "the character itself");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+ 8 c|:5*!`18", "- Why?", "1. Intro?", "2) Next?", "===", "---"})
  void a_question_that_starts_like_a_list_or_a_rule_reads_back_from_its_exported_heading(String question) {
    String exported = new MarkdownExporter().render(Faq.builder(FaqId.of("1")).question(question).answer("A.")
        .build(), Map.of());

    assertThat(PageReader.read(exported, "p.md", destination -> Optional.empty()).question()).isEqualTo(question);
  }

  @Test
  void a_page_with_only_its_question_has_no_answer() {
    assertThat(PageReader.read("# Q?\n", "p.md", destination -> Optional.empty()).answer()).isEmpty();
  }
}
