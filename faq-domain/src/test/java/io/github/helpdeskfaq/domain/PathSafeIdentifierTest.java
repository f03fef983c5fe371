package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathSafeIdentifierTest {

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("", "must not be blank"),
        Arguments.of("   ", "must not be blank"),
        Arguments.of(" 42", "leading or trailing whitespace"),
        Arguments.of("42\t", "leading or trailing whitespace"),
        Arguments.of("a/b", "must not contain '/' (at index 1)"),
        Arguments.of("a\\b", "must not contain '\\'"),
        Arguments.of(".", "must not be '.' or '..'"),
        Arguments.of("..", "must not be '.' or '..'"),
        Arguments.of("%2F", "must not contain '%'"),
        Arguments.of("a\u0000b", "U+0000"),
        Arguments.of("a\nb", "U+000A"),
        Arguments.of("a\u200fb", "U+200F RIGHT-TO-LEFT MARK"),
        Arguments.of("\ud83d\ude00", "U+1F600 GRINNING FACE"),
        Arguments.of("x".repeat(129), "at most 128 characters long, was 129"));
  }

  @ParameterizedTest
  @MethodSource("rejections")
  void faq_id_refuses_with_a_message_naming_field_and_reason(String value, String reason) {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of(value))
        .withMessageStartingWith("faq id \"")
        .withMessageContaining(reason);
  }

  @ParameterizedTest
  @MethodSource("rejections")
  void image_key_refuses_with_a_message_naming_field_and_reason(String value, String reason) {
    assertThatIllegalArgumentException().isThrownBy(() -> ImageKey.of(value))
        .withMessageStartingWith("image key \"")
        .withMessageContaining(reason);
  }

  /** Ids and keys that no value object accepts, each for a different reason. */
  static Stream<String> hostileIdentifiers() {
    return Stream.of("", " ", "\t", " 42", "42 ", "a/b", "a\\b", ".", "..", "%2F", "..%2F..", "a%00b", "a\u0000b",
        "a\nb", "a\u007fb", "a\u200fb", "a\u202eb", "a\u00a0b", "\ud83d\ude00", "ａ", "x".repeat(129),
        "x".repeat(10_000), "a b", "a?b", "a#b", "a;b");
  }

  @ParameterizedTest
  @MethodSource("hostileIdentifiers")
  void refuses_every_hostile_identifier(String hostile) {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of(hostile));
    assertThatIllegalArgumentException().isThrownBy(() -> ImageKey.of(hostile));
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryId.of(hostile).requireWellFormed());
  }

  @ParameterizedTest
  @MethodSource("rejections")
  void a_category_id_is_carried_as_sent_but_refused_for_a_lookup_when_not_well_formed(String value, String reason) {
    CategoryId carried = CategoryId.of(value);

    assertThat(carried.value()).isEqualTo(value);
    assertThatIllegalArgumentException().isThrownBy(carried::requireWellFormed)
        .withMessageStartingWith("category id \"")
        .withMessageContaining(reason);
  }

  @Test
  void refuses_null_naming_the_field() {
    assertThatNullPointerException().isThrownBy(() -> FaqId.of(null)).withMessage("faq id must not be null");
    assertThatNullPointerException().isThrownBy(() -> ImageKey.of(null)).withMessage("image key must not be null");
  }

  @Test
  void shows_control_characters_escaped_and_long_values_shortened_in_messages() {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("a\nb"))
        .withMessageStartingWith("faq id \"a\\u000ab\"");
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("y".repeat(10_000)))
        .withMessageContaining("\"" + "y".repeat(40) + "\"... (10000 characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6936004780707807231", "img_b07ffac0-19c1-48a3-afca-599f8ea825fj", "img_v2.png", "a", "..a"})
  void accepts_real_world_ids_and_keys(String value) {
    assertThat(FaqId.of(value).value()).isEqualTo(value);
    assertThat(ImageKey.of(value).toString()).isEqualTo(value);
  }

  @Test
  void accepts_exactly_128_characters() {
    String longest = "k".repeat(128);
    assertThat(ImageKey.of(longest).value()).hasSize(128);
  }

  @Test
  void are_equal_by_value() {
    Function<String, FaqId> id = FaqId::of;
    assertThat(id.apply("42")).isEqualTo(id.apply("42")).hasSameHashCodeAs(id.apply("42"));
    assertThat(id.apply("42")).isNotEqualTo(id.apply("43"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "-", "_", "az.AZ-09_"})
  void accepts_each_end_of_each_allowed_range(String value) {
    assertThat(FaqId.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"`", "{", "@", "[", "/", ":", "+", ","})
  void refuses_the_characters_just_outside_the_allowed_ranges(String outside) {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("a" + outside + "b"))
        .withMessage("faq id \"a" + outside + "b\" must not contain '" + outside
            + "' (at index 1); allowed are ASCII letters, digits, '-', '_' and '.'");
  }

  @Test
  void shows_a_space_as_it_is_and_a_delete_escaped_and_names_what_is_not_printable() {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("a b"))
        .withMessageStartingWith("faq id \"a b\" must not contain ' ' (at index 1)");
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("a\u007fb"))
        .withMessageStartingWith("faq id \"a\\u007fb\" must not contain U+007F DELETE (at index 1)");
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of("a\u001fb"))
        .withMessageStartingWith("faq id \"a\\u001fb\" must not contain U+001F INFORMATION SEPARATOR ONE");
  }

  @Test
  void shortens_a_value_only_past_forty_characters() {
    String forty = "y".repeat(39) + "/";
    assertThatIllegalArgumentException().isThrownBy(() -> FaqId.of(forty))
        .withMessageStartingWith("faq id \"" + forty + "\" must not contain '/'")
        .withMessageNotContaining("characters)");
  }
}
