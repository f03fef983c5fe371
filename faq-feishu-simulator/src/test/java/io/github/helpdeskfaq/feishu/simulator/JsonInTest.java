package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.feishu.simulator.JsonIn.NumberLiteral;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator's JSON reader, as RFC 8259 reads a request's body: every value, and where a document goes wrong. */
class JsonInTest {

  @Test
  void reads_empty_containers_and_every_kind_of_value() {
    assertThat(JsonIn.read(" { } ")).isEqualTo(Map.of());
    assertThat(JsonIn.read("[ ]")).isEqualTo(List.of());
    assertThat(JsonIn.read("{\"a\":[],\"b\":{},\"c\":[true,false,null,\"s\"]}")).isEqualTo(Map.of("a", List.of(),
        "b", Map.of(), "c", Arrays.asList(true, false, null, "s")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "-0.25", "12.50", "1e5", "1E+5", "2.5e-3", "-1e400"})
  void keeps_a_number_as_written(String number) {
    assertThat(JsonIn.read("[" + number + "]")).isEqualTo(List.of(new NumberLiteral(number)));
  }

  @Test
  void reads_every_escape_of_a_string() {
    assertThat(JsonIn.read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\"")).isEqualTo("\"\\/\b\f\n\r\tAé");
  }

  @Test
  void limits_nesting_not_the_number_of_siblings() {
    String objects = String.join(",", Collections.nCopies(600, "{}"));
    String arrays = String.join(",", Collections.nCopies(600, "[]"));
    String filled = String.join(",", Collections.nCopies(600, "[{\"a\":1}]"));

    assertThat((List<?>) JsonIn.read("[" + objects + "]")).hasSize(600);
    assertThat((List<?>) JsonIn.read("[" + arrays + "]")).hasSize(600);
    assertThat((List<?>) JsonIn.read("[" + filled + "]")).hasSize(600);
    assertThat((List<?>) JsonIn.read("[".repeat(256) + "]".repeat(256))).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> JsonIn.read("[".repeat(257) + "]".repeat(257)))
        .withMessage("nested more than 256 deep at line 1, column 257");
  }

  @Test
  void says_what_is_wrong_and_where() {
    assertRefused("{\"a\":1 \"b\":2}", "expected ',' or '}' in an object at line 1, column 8");
    assertRefused("[1 2]", "expected ',' or ']' in an array at line 1, column 4");
    assertRefused("\"a" + (char) 1 + "\"", "an unescaped control character in a string at line 1, column 3");
    assertRefused("\"a\\x\"", "an invalid escape '\\x' at line 1, column 3");
    assertRefused("\"\\u00g1\"", "an invalid \\u escape at line 1, column 2");
    assertRefused("-x", "a number without digits at line 1, column 1");
    assertRefused("1.x", "a number without digits after its point at line 1, column 1");
    assertRefused("1e+x", "a number without digits in its exponent at line 1, column 1");
    assertRefused("[1]x", "more data follows the first JSON value at line 1, column 4");
  }

  @Test
  void names_an_unexpected_character_as_itself_when_printable_and_by_its_code_otherwise() {
    assertRefused("\"a\\ \"", "an invalid escape '\\ ' at line 1, column 3");
    assertRefused("\"a\\~\"", "an invalid escape '\\~' at line 1, column 3");
    assertRefused("\"a\\" + (char) 0x7f + "\"", "an invalid escape '\\\\u007f' at line 1, column 3");
    assertRefused("[" + (char) 0x1f + "]", "unexpected character '\\u001f' at line 1, column 2");
  }

  @Test
  void says_a_truncated_document_ends_too_early() {
    assertRefused("{\"a\":1",
        "the JSON ends too early (truncated?): expected ',' or '}' in an object at line 1, column 7");
    assertRefused("[1", "the JSON ends too early (truncated?): expected ',' or ']' in an array at line 1, column 3");
    assertRefused("\"ab\\", "the JSON ends too early (truncated?) in a string at line 1, column 5");
    assertRefused("\"\\u00", "the JSON ends too early (truncated?) in a \\u escape at line 1, column 4");
    assertRefused("\"\\u0041", "the JSON ends too early (truncated?) in a string at line 1, column 8");
  }

  @Test
  void counts_lines_and_columns_from_one() {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonIn.read("{\n  \"a\": tru\n}"))
        .withMessage("unexpected character 't' at line 2, column 8");
  }

  private static void assertRefused(String document, String message) {
    assertThatIllegalArgumentException().as(document).isThrownBy(() -> JsonIn.read(document)).withMessage(message);
  }
}
