package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

  @Test
  void reads_objects_in_order_arrays_strings_numbers_and_literals_with_whitespace_around_them() {
    Object read = JsonReader.read(" \r\n\t{\"b\": [1, -0.5e+3, true, false, null, "
        + "\"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\"], \"a\": {}, \"b2\": [] } \n");

    assertThat(read).isInstanceOf(Map.class);
    assertThat(List.copyOf(((Map<?, ?>) read).keySet())).isEqualTo(List.of("b", "a", "b2"));
    assertThat(((Map<?, ?>) read).get("b")).isEqualTo(Arrays.asList(new BigDecimal("1"), new BigDecimal("-0.5e+3"),
        true, false, null, "é😀\"\\/\b\f\n\r\t"));
    assertThat(((Map<?, ?>) read).get("a")).isEqualTo(Map.of());
  }

  @Test
  void keeps_the_last_value_of_a_name_given_twice() {
    assertThat(JsonReader.read("{\"a\":1,\"a\":\"two\"}")).isEqualTo(Map.of("a", "two"));
  }

  @Test
  void reads_as_deep_as_the_limit_and_no_deeper() {
    int limit = JsonReader.MAX_DEPTH;

    assertThat(JsonReader.read("[".repeat(limit) + "]".repeat(limit))).isInstanceOf(List.class);
    assertThatThrownBy(() -> JsonReader.read("[".repeat(limit + 1) + "]".repeat(limit + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + limit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[- 1]",
      "'a'", "{a:1}", "{\"a\" 1}", "[1 2]", "[\"a\u0001\"]", "[\"\\x\"]", "[\"\\u12G4\"]", "[\"\\u12\"]", "[\"abc]",
      "nul", "True", "NaN", "[Infinity]", "[1] [2]", "// comment\n1", "{\"a\":1}}", "\ufeff{}"})
  void refuses_what_is_not_json_saying_where(String text) {
    assertThatThrownBy(() -> JsonReader.read(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON: expected ").hasMessageContaining(" at character ");
  }
}
