package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
    return Stream.generate(() -> richText(generated)).limit(GeneratedText.TRIES);
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
  private static RichTextElement asReadBack(RichTextElement element) {
    if (!(element instanceof RichTextElement.Hyperlink link)) {
      return element;
    }
    StringBuilder url = new StringBuilder();
    for (char c : link.url().orElseThrow().toCharArray()) {
      url.append(" ()<>\\`".indexOf(c) >= 0 ? String.format("%%%02X", (int) c) : String.valueOf(c));
    }
    return RichTextElement.hyperlink(link.text().orElseThrow(), url.toString());
  }

  private static List<RichTextElement> richText(GeneratedText generated) {
    Random random = generated.random();
    List<RichTextElement> elements = new ArrayList<>();
    int lines = 1 + random.nextInt(5);
    for (int line = 0; line < lines; line++) {
      if (line > 0) {
        elements.add(RichTextElement.text(""));
        if (random.nextInt(3) == 0) {
          elements.add(RichTextElement.text(""));
        }
      }
      int items = 1 + random.nextInt(4);
      boolean lastWasText = false;
      for (int item = 0; item < items; item++) {
        int kind = random.nextInt(lastWasText ? 2 : 3);
        lastWasText = kind == 2;
        if (kind == 0) {
          elements.add(RichTextElement.hyperlink(words(generated, false, false), url(generated)));
        } else if (kind == 1 && random.nextInt(3) == 0) {
          elements.add(RichTextElement.image(KEYS.get(random.nextInt(KEYS.size()))));
        } else if (kind == 1) {
          elements.add(RichTextElement.hyperlink(words(generated, false, false), url(generated)));
        } else {
          elements.add(RichTextElement.text(words(generated, item > 0, item < items - 1)));
        }
      }
    }
    return elements;
  }

  /** Printable characters without a run of spaces; a space at either end only where asked for. */
  private static String words(GeneratedText generated, boolean spaceFirst, boolean spaceLast) {
    Random random = generated.random();
    StringBuilder words = new StringBuilder();
    int length = 1 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      char c = generated.printable();
      boolean space = c == ' ';
      boolean atEnd = words.isEmpty() || i == length - 1;
      if (!space || !atEnd && words.charAt(words.length() - 1) != ' ') {
        words.append(c);
      }
    }
    if (words.isEmpty() || words.charAt(words.length() - 1) == ' ') {
      words.append('x');
    }
    return (spaceFirst && random.nextBoolean() ? " " : "") + words + (spaceLast && random.nextBoolean() ? " " : "");
  }

  /** Any printable characters but whitespace at either end, spaces included. */
  private static String url(GeneratedText generated) {
    StringBuilder url = new StringBuilder(generated.random().nextBoolean() ? "https://" : "");
    int length = 1 + generated.random().nextInt(30);
    for (int i = 0; i < length; i++) {
      url.append(generated.printable());
    }
    String stripped = url.toString().strip();
    return stripped.isEmpty() ? "x" : stripped;
  }
}
