package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PageReader#read} over a page a person edited: any text is a page (a question that is not blank, an answer
 * of rich text) or a {@link MarkdownAnswerException} that names the source and a line the text has; never another
 * exception. And a page the exporter wrote for a FAQ whose rich text a page can carry
 * ({@link MarkdownRoundTripPropertyTest}) reads back as that question and answer.
 */
class PageReaderPropertyTest {

  private static final String SOURCE = "faqs/7/7.md";
  private static final List<ImageKey> KEYS = List.of(ImageKey.of("img_v2_01"), ImageKey.of("img-2"));
  private static final Map<ImageKey, String> FILES = Map.of(KEYS.get(0), "7-img_v2_01.png", KEYS.get(1),
      "7-img-2.jpg");
  private static final Function<String, Optional<ImageKey>> IMAGES = name -> FILES.entrySet().stream()
      .filter(file -> file.getValue().equals(name)).map(Map.Entry::getKey).findFirst();

  /**
   * A third any text, a third Markdown-like text, each after a heading half the time, and a third an exported page
   * with characters or lines edited.
   */
  static Stream<String> anyPage() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> switch (generated.random().nextInt(3)) {
      case 0 -> heading(generated) + generated.anyText(200);
      case 1 -> heading(generated) + generated.markdownLike(200);
      default -> edited(generated, exported(faq(generated)));
    }).limit(GeneratedText.TRIES);
  }

  /** FAQs with a question of words and an answer that a page can carry. */
  static Stream<Faq> faqs() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> faq(generated)).limit(GeneratedText.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyPage")
  void any_text_is_a_page_or_refused_naming_a_line_of_the_text(String text) {
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;

    Throwable refused = catchThrowable(() -> {
      PageReader.Page page = PageReader.read(text, SOURCE, IMAGES);
      assertThat(page.question()).isNotBlank().isEqualTo(page.question().strip());
      assertThat(page.answer()).doesNotContainNull();
      assertThat(page.headingLine()).isBetween(1, lines);
    });

    if (refused != null) {
      assertThat(refused).as(text).isExactlyInstanceOf(MarkdownAnswerException.class);
      MarkdownAnswerException answer = (MarkdownAnswerException) refused;
      assertThat(answer).hasMessageStartingWith(SOURCE + ":" + answer.line() + ": ");
      assertThat(answer.line()).as(text).isBetween(1, lines);
      assertThat(answer.source()).isEqualTo(SOURCE);
    }
  }

  @ParameterizedTest
  @MethodSource("faqs")
  void an_exported_page_reads_back_as_its_question_and_answer(Faq faq) {
    String page = exported(faq);

    PageReader.Page read = PageReader.read(page, SOURCE, IMAGES);

    assertThat(read.question()).as(page).isEqualTo(faq.question().orElseThrow());
    assertThat(read.answer()).as(page).containsExactlyElementsOf(faq.answerRichText().stream()
        .map(MarkdownRoundTripPropertyTest::asReadBack).toList());
    assertThat(read.headingLine()).isEqualTo(1);
  }

  /** Half the time a heading of Markdown-like text, so that the text after it is read as an answer; else nothing. */
  private static String heading(GeneratedText generated) {
    return generated.random().nextBoolean() ? "# " + generated.markdownLike(30) + "\n" : "";
  }

  private static Faq faq(GeneratedText generated) {
    return Faq.builder(FaqId.of("7")).question(generated.words(false, false))
        .answerRichText(generated.pageRichText(KEYS)).build();
  }

  private static String exported(Faq faq) {
    return new MarkdownExporter().render(faq, FILES);
  }

  /** The page with one to three characters or lines changed, inserted or removed. */
  private static String edited(GeneratedText generated, String page) {
    Random random = generated.random();
    String text = page;
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      text = random.nextBoolean() ? characterEdited(generated, text) : lineEdited(generated, text);
    }
    return text;
  }

  private static String characterEdited(GeneratedText generated, String text) {
    Random random = generated.random();
    int at = random.nextInt(text.length() + 1);
    int how = random.nextInt(3);
    int kept = how == 1 || at == text.length() ? at : at + 1;
    String inserted = how == 0 ? "" : generated.markdownLike(1) + (random.nextBoolean() ? "" : generated.anyText(1));
    return text.substring(0, at) + inserted + text.substring(kept);
  }

  private static String lineEdited(GeneratedText generated, String text) {
    Random random = generated.random();
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, generated.markdownLike(40));
      case 2 -> lines.add(at, lines.get(random.nextInt(lines.size())));
      default -> lines.set(at, generated.markdownLike(40));
    }
    return String.join("\n", lines);
  }
}
