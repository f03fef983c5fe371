package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  private static final Map<String, Object> VALUE = object("a", 1L, "b", List.of(), "c", Map.of(),
      "d", Arrays.asList("x", null), "e", Map.of("f", true));

  @Test
  void puts_each_member_and_element_on_its_own_line_when_indented_and_all_on_one_line_when_not() {
    assertThat(write(VALUE, "  ")).isEqualTo("""
        {
          "a": 1,
          "b": [],
          "c": {},
          "d": [
            "x",
            null
          ],
          "e": {
            "f": true
          }
        }""");
    assertThat(write(VALUE, "")).isEqualTo("{\"a\":1,\"b\":[],\"c\":{},\"d\":[\"x\",null],\"e\":{\"f\":true}}");
  }

  @Test
  void escapes_quotes_backslashes_control_characters_and_the_line_separators_only() {
    String text = "\"\\/\b\f\n\r\t\u0000\u001f\u007f é 😀 <&> \u2028\u2029";

    assertThat(write(text, "")).isEqualTo(
        "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\u007f é 😀 <&> \\u2028\\u2029\"");
  }

  @Test
  void writes_numbers_as_java_writes_them() {
    List<Object> numbers = List.of(7, -3L, 2.0, 1.0E10, 0.5f, new BigDecimal("1.50"),
        new BigInteger("12345678901234567890"));

    assertThat(write(numbers, "")).isEqualTo("[7,-3,2.0,1.0E10,0.5,1.50,12345678901234567890]");
  }

  @Test
  void refuses_what_is_not_json_and_calls_out_of_place() {
    assertThatThrownBy(() -> write(List.of(new Object()), "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(Map.of(1, "one"), "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonWriter(new StringBuilder(), "").beginObject().value("no name"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter(new StringBuilder(), "").beginArray().name("a"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter(new StringBuilder(), "").value("one").value("two"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter(new StringBuilder(), "").beginArray().endObject())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reads_back_what_it_writes_whatever_the_value() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      Object value = value(random, 0);
      for (String indent : List.of("", "  ")) {
        assertThat(JsonReader.read(write(value, indent))).as("%s, indent '%s'", value, indent)
            .isEqualTo(asRead(value));
      }
    }
  }

  private static String write(Object value, String indent) {
    StringBuilder text = new StringBuilder();
    new JsonWriter(text, indent).jsonValue(value);
    return text.toString();
  }

  private static Map<String, Object> object(Object... members) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < members.length; i += 2) {
      object.put((String) members[i], members[i + 1]);
    }
    return object;
  }

  /** A JSON value, numbers of every kind and strings of every character included. */
  private static Object value(Random random, int depth) {
    int kind = random.nextInt(depth < 4 ? 8 : 6);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextLong();
      case 3 -> random.nextBoolean() ? random.nextDouble() * 1e6 : BigDecimal.valueOf(random.nextInt(), 3);
      case 4, 5 -> text(random);
      case 6 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.put(text(random), value(random, depth + 1));
        }
        yield object;
      }
    };
  }

  /** Text from control characters, ASCII, the separators, CJK and a surrogate pair. */
  private static String text(Random random) {
    String alphabet = "\u0000\u0001\u001f\t\n\r\"\\/ aZ9{}[]:,\u007f\u00e9\u2028\u2029\u4e2d\ud83d\ude00";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      int at = random.nextInt(alphabet.length() - 1);
      text.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
          : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : alphabet.charAt(at));
    }
    return text.toString();
  }

  /** The value as {@link JsonReader} gives it back: every number a {@link BigDecimal} of the text written. */
  private static Object asRead(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof List<?> list) {
      List<Object> read = new ArrayList<>();
      list.forEach(element -> read.add(asRead(element)));
      return read;
    }
    if (value instanceof Map<?, ?> object) {
      Map<Object, Object> read = new LinkedHashMap<>();
      object.forEach((name, member) -> read.put(name, asRead(member)));
      return read;
    }
    return value;
  }
}
