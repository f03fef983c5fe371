package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.ImageKey;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MarkdownAnswers#read} over any text: rich text, or a {@link MarkdownAnswerException} that names the source
 * and a line that the text has; never another exception.
 */
class MarkdownAnswersPropertyTest {

  private static final String SOURCE = "faqs/1/1.md";
  private static final Function<String, Optional<ImageKey>> IMAGES =
      name -> name.equals("1-img.png") ? Optional.of(ImageKey.of("img")) : Optional.empty();

  /** Half any text, half text made mostly of Markdown's punctuation and line breaks. */
  static Stream<String> anyText() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> generated.random().nextBoolean() ? generated.anyText(120)
        : generated.markdownLike(120)).limit(GeneratedText.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyText")
  void any_text_is_rich_text_or_refused_naming_a_line_of_the_text(String markdown) {
    Throwable refused = catchThrowable(() -> assertThat(MarkdownAnswers.read(markdown, SOURCE, IMAGES))
        .doesNotContainNull());

    if (refused != null) {
      assertThat(refused).isExactlyInstanceOf(MarkdownAnswerException.class)
          .hasMessageStartingWith(SOURCE + ":" + ((MarkdownAnswerException) refused).line() + ": ");
      long lines = markdown.chars().filter(c -> c == '\n').count() + 1;
      assertThat(((MarkdownAnswerException) refused).line()).isBetween(1, (int) lines);
      assertThat(((MarkdownAnswerException) refused).source()).isEqualTo(SOURCE);
    }
  }
}
