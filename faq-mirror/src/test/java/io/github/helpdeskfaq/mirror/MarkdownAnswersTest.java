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
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownAnswersTest {

  private static final ImageKey KEY = ImageKey.of("img_v2_0123");
  private static final Function<String, Optional<ImageKey>> NO_IMAGES = name -> Optional.empty();

  @Test
  void reads_back_what_the_exporter_writes() {
    List<RichTextElement> answer = List.of(RichTextElement.text("Press *Ctrl*+[Alt] <Del> #1 | a_b & c\\d `e`"),
        RichTextElement.text(""), RichTextElement.hyperlink("the guide (v2)", "https://example.com/a_b?c=1&d=%20"),
        RichTextElement.text(" then"), RichTextElement.text(""), RichTextElement.text(""),
        RichTextElement.text("- not a list"), RichTextElement.text(""), RichTextElement.image(KEY));
    Faq faq = Faq.builder(FaqId.of("1")).question("Q").answerRichText(answer).build();
    String page = new MarkdownExporter().render(faq, Map.of(KEY, "1-img_v2_0123.png"));
    String body = page.substring(page.indexOf("\n\n") + 2);

    List<RichTextElement> read = MarkdownAnswers.read(body, "1.md",
        name -> name.equals("1-img_v2_0123.png") ? Optional.of(KEY) : Optional.empty());

    assertThat(read).containsExactlyElementsOf(answer);
  }

  /**
   * Found by {@link MarkdownRoundTripPropertyTest}: a text ending with {@code !} before a link read back as an image,
   * and one ending with a backslash before a line break read back with two.
   */
  @Test
  void reads_back_a_bang_before_a_link_and_a_backslash_before_a_line_break() {
    List<RichTextElement> answer = List.of(RichTextElement.text("Wow!"), RichTextElement.hyperlink("see", "x.html"),
        RichTextElement.text(""), RichTextElement.text("C:\\"), RichTextElement.text(""),
        RichTextElement.text("two \\\\"));
    Faq faq = Faq.builder(FaqId.of("1")).question("Q").answerRichText(answer).build();
    String page = new MarkdownExporter().render(faq, Map.of());

    assertThat(page).isEqualTo("# Q\n\nWow\\![see](x.html)\\\nC:\\\\\\\ntwo \\\\\\\\\n");
    assertThat(MarkdownAnswers.read(page.substring(page.indexOf("\n\n") + 2), "1.md", NO_IMAGES))
        .containsExactlyElementsOf(answer);
    assertThat(MarkdownAnswers.read("one \\\\\\\ntwo\\\\", "a.md", NO_IMAGES)).containsExactly(
        RichTextElement.text("one \\"), RichTextElement.text(""), RichTextElement.text("two\\"));
  }

  @Test
  void a_hand_written_answer_becomes_text_line_breaks_and_links() {
    String markdown = "\n\nFirst line\nsecond line  \nthird line\\\n\nSee <https://example.com/x> or "
        + "[the wiki](https://wiki.example.com/Wi-Fi).\n\n";

    assertThat(MarkdownAnswers.read(markdown, "answer.md", NO_IMAGES)).containsExactly(
        RichTextElement.text("First line"), RichTextElement.text(""), RichTextElement.text("second line"),
        RichTextElement.text(""), RichTextElement.text("third line"), RichTextElement.text(""),
        RichTextElement.text(""), RichTextElement.text("See "),
        RichTextElement.hyperlink("https://example.com/x", "https://example.com/x"), RichTextElement.text(" or "),
        RichTextElement.hyperlink("the wiki", "https://wiki.example.com/Wi-Fi"), RichTextElement.text("."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ok\\nThis is *bold*|2|'*' would be emphasis",
      "Use `code`|1|'`' would be code",
      "snake _case_ here|1|'_' would be emphasis",
      "# Heading|1|a heading cannot be part of an answer",
      "- item|1|lists, rules and code blocks",
      "2. second|1|lists, rules and code blocks",
      "> quoted|1|a quote cannot be part of an answer",
      "<b>bold</b>|1|'<' would start HTML",
      "[half a link|1|'[' starts a link that does not end with ']'",
      "[text] alone|1|'[...]' must be followed by '(destination)'",
      "![shot](screen.png)|1|the image \"screen.png\" is not an image of this FAQ"})
  void refuses_what_the_rich_text_cannot_hold_naming_the_source_and_line(String markdown, int line, String reason) {
    assertThatThrownBy(() -> MarkdownAnswers.read(markdown.replace("\\n", "\n"), "the Wi-Fi answer", NO_IMAGES))
        .isInstanceOf(MarkdownAnswerException.class)
        .hasMessageStartingWith("the Wi-Fi answer:" + line + ": " + reason)
        .satisfies(thrown -> assertThat(((MarkdownAnswerException) thrown).line()).isEqualTo(line));
  }

  @Test
  void an_underscore_inside_a_word_is_text_and_an_empty_answer_has_no_elements() {
    assertThat(MarkdownAnswers.read("snake_case and v1_2", "a.md", NO_IMAGES))
        .containsExactly(RichTextElement.text("snake_case and v1_2"));
    assertThat(MarkdownAnswers.read(" \n\n ", "a.md", NO_IMAGES)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "C:\\Users\\me|C:\\Users\\me",
      "a\\ b|a\\ b",
      "1 ~ 2 and a~b|1 ~ 2 and a~b",
      "!not an image|!not an image",
      "wow!|wow!",
      "v1_2 and a_b|v1_2 and a_b"})
  void a_backslash_escapes_punctuation_only_and_lone_marks_stay_text(String markdown, String text) {
    assertThat(MarkdownAnswers.read(markdown, "a.md", NO_IMAGES)).containsExactly(RichTextElement.text(text));
  }

  @Test
  void an_escaped_bracket_stays_in_a_links_text() {
    assertThat(MarkdownAnswers.read("[x\\]y](https://u.test)", "a.md", NO_IMAGES))
        .containsExactly(RichTextElement.hyperlink("x]y", "https://u.test"));
    assertThat(MarkdownAnswers.read("[](https://u.test)", "a.md", NO_IMAGES))
        .containsExactly(RichTextElement.hyperlink("https://u.test", "https://u.test"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ends with a_|'_' would be emphasis",
      "_starts|'_' would be emphasis",
      "snake_ case|'_' would be emphasis",
      "snake _case|'_' would be emphasis",
      "[a]|'[...]' must be followed by '(destination)'",
      "[text\\|'[' starts a link that does not end with ']'",
      "[a](no end|a link's destination does not end with ')'",
      "[a]( )|a link needs one destination without spaces",
      "~~struck~~|'~' would be strikethrough",
      "<no end|'<' would start HTML"})
  void refuses_marks_at_the_edges_of_a_line_with_a_markdown_answer_exception(String markdown, String reason) {
    assertThatThrownBy(() -> MarkdownAnswers.read(markdown, "a.md", NO_IMAGES))
        .isInstanceOf(MarkdownAnswerException.class).hasMessageStartingWith("a.md:1: " + reason);
  }
}
