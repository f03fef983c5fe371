package io.github.helpdeskfaq.domain.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.Generated;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a writer sends: any text is kept exactly or refused with an IllegalArgumentException, before any I/O. */
class ChangeValuePropertyTest {

  static Stream<String> anyText() {
    return Generated.anyText(60);
  }

  static Stream<String> printableLines() {
    return Generated.textOf("Wi-Fi 密码? ~!#$%&*()[]{}<>@ \u00e9\u00a0", 1, 60).filter(text -> !text.isBlank());
  }

  @ParameterizedTest
  @MethodSource("anyText")
  void any_question_or_name_is_kept_as_given_or_refused_when_blank_or_not_one_line(String text) {
    boolean line = !text.isBlank() && text.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'
        || c == '\u2029');
    assertKeptOrRefused(() -> NewFaq.builder(text).answer("A").build().question(), text, line);
    assertKeptOrRefused(() -> FaqChange.builder().question(text).build().question().orElseThrow(), text, line);
    assertKeptOrRefused(() -> NewCategory.named(text).name(), text, line);
    assertKeptOrRefused(() -> CategoryChange.rename(text).name().orElseThrow(), text, line);
  }

  @ParameterizedTest
  @MethodSource("anyText")
  void any_answer_is_kept_as_given_or_refused_when_blank_or_holding_a_control_other_than_a_break(String text) {
    boolean answer = !text.isBlank() && text.chars().noneMatch(c -> c != '\n' && c != '\r' && c != '\t'
        && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'));
    assertKeptOrRefused(() -> NewFaq.builder("Q?").answer(text).build().answer().orElseThrow(), text, answer);
    assertKeptOrRefused(() -> FaqChange.builder().answer(text).build().answer().orElseThrow(), text, answer);
  }

  @ParameterizedTest
  @MethodSource("printableLines")
  void printable_one_line_text_is_a_valid_question_name_and_tag(String text) {
    NewFaq faq = NewFaq.builder(text).answer(text).tags(java.util.List.of(text)).build();

    assertThat(faq.question()).isEqualTo(text);
    assertThat(faq.tags()).containsExactly(text);
  }

  private static void assertKeptOrRefused(Supplier<String> make, String given, boolean valid) {
    Throwable refused = catchThrowable(() -> assertThat(make.get()).isEqualTo(given));

    if (valid) {
      assertThat(refused).isNull();
    } else {
      assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must");
    }
  }
}
