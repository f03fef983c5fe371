package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ids a caller sends and a server hands out: what has their form round-trips, anything else is refused. */
class IdentifierPropertyTest {

  private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";

  static Stream<String> wellFormed() {
    return Generated.textOf(ALLOWED, 1, Identifiers.MAX_LENGTH).filter(id -> !id.equals(".") && !id.equals(".."));
  }

  static Stream<String> anyText() {
    return Generated.anyText(140);
  }

  static Stream<String> tooLong() {
    return Generated.textOf("aZ0-_.", Identifiers.MAX_LENGTH + 1, 300);
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void a_well_formed_id_or_key_round_trips(String value) {
    assertThat(FaqId.of(value).value()).isEqualTo(value);
    assertThat(FaqId.of(value)).hasToString(value).isEqualTo(FaqId.of(new String(value)));
    assertThat(ImageKey.of(value)).hasToString(value);
    CategoryId category = CategoryId.of(value);
    assertThat(category.requireWellFormed()).isSameAs(category).hasToString(value);
  }

  @ParameterizedTest
  @MethodSource("anyText")
  void any_text_is_an_id_equal_to_it_or_refused_with_an_illegal_argument_only_when_it_breaks_the_form(
      String value) {
    boolean wellFormed = !value.isEmpty() && value.length() <= Identifiers.MAX_LENGTH && !value.equals(".")
        && !value.equals("..") && value.chars().allMatch(c -> ALLOWED.indexOf(c) >= 0);
    for (Function<String, ?> parse : parsers()) {
      Throwable refused = catchThrowable(() -> assertThat(parse.apply(value)).hasToString(value));
      if (wellFormed) {
        assertThat(refused).isNull();
      } else {
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.getMessage()).matches("[\\x20-\\x7e]*").hasSizeLessThan(400);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("tooLong")
  void an_id_longer_than_the_limit_is_refused_naming_its_length(String value) {
    for (Function<String, ?> parse : parsers()) {
      assertThatIllegalArgumentException().isThrownBy(() -> parse.apply(value))
          .withMessageContaining("at most 128 characters long, was " + value.length());
    }
  }

  private static List<Function<String, ?>> parsers() {
    return List.of(FaqId::of, ImageKey::of, value -> CategoryId.of(value).requireWellFormed());
  }
}
