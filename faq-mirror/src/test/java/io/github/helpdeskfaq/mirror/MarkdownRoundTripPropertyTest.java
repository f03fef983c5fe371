package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link MarkdownExporter} writes from rich text, {@link MarkdownAnswers} reads back element for element.
 *
 * <p>The rich text is generated within what Markdown's page can carry, as the exporter documents it: texts and
 * links' texts of any printable characters (no controls, surrogates or whitespace but the space) with no run of
 * spaces and no space at either end of a line (the exporter collapses runs and strips lines, as Markdown shows
 * them); never two texts in a row (they read back as one); one line break, or two (a new paragraph), between lines,
 * none first or last; links with a text that is not blank and any URL that is not blank, which reads back with its
 * spaces, parentheses, angle brackets, backslashes and backticks percent-encoded; the FAQ's own images.
 */
class MarkdownRoundTripPropertyTest {

  private static final List<ImageKey> KEYS = List.of(ImageKey.of("img_v2_01"), ImageKey.of("img-2"));
  private static final Map<ImageKey, String> FILES = Map.of(KEYS.get(0), "7-img_v2_01.png", KEYS.get(1),
      "7-img-2.jpg");

  /** Rich text of one to five lines, each of one to four texts, links and images. */
  static Stream<List<RichTextElement>> richText() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> generated.pageRichText(KEYS)).limit(GeneratedText.TRIES);
  }

  @ParameterizedTest
  @MethodSource("richText")
  void rich_text_reads_back_from_the_exported_page_element_for_element(List<RichTextElement> answer) {
    Faq faq = Faq.builder(FaqId.of("7")).question("Q").answerRichText(answer).build();
    String page = new MarkdownExporter().render(faq, FILES);
    String body = page.substring(page.indexOf("\n\n") + 2);

    List<RichTextElement> read = MarkdownAnswers.read(body, "7.md", name -> FILES.entrySet().stream()
        .filter(file -> file.getValue().equals(name)).map(Map.Entry::getKey).findFirst());

    assertThat(read).as(page).containsExactlyElementsOf(answer.stream().map(
        MarkdownRoundTripPropertyTest::asReadBack).toList());
  }

  /** A link's URL reads back percent-encoded where a Markdown destination cannot hold the character. */
  static RichTextElement asReadBack(RichTextElement element) {
    if (!(element instanceof RichTextElement.Hyperlink link)) {
      return element;
    }
    StringBuilder url = new StringBuilder();
    for (char c : link.url().orElseThrow().toCharArray()) {
      url.append(" ()<>\\`".indexOf(c) >= 0 ? String.format("%%%02X", (int) c) : String.valueOf(c));
    }
    return RichTextElement.hyperlink(link.text().orElseThrow(), url.toString());
  }
}
