package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientLongAdapterTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1596379008               | 1596379008",
      "'\"1596379008\"'         | 1596379008",
      "'\" 42 \"'               | 42",
      "-7                       | -7",
      "'\"-7\"'                 | -7",
      "4102444800               | 4102444800",
      "9223372036854775807      | 9223372036854775807",
      "'\"9223372036854775807\"' | 9223372036854775807",
      "'\"1596379008.0\"'       | 1596379008",
      "1596379008.0             | 1596379008",
      "'\"+5\"'                 | 5",
      "'\"5.\"'                 | 5",
      "'\"-0\"'                 | 0",
      "'\"0042.000\"'           | 42"})
  void reads_numbers_and_strings_holding_whole_numbers(String json, long expected) throws Exception {
    assertThat(LenientLongAdapter.INSTANCE.fromJson(json)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\"", "\"   \""})
  void reads_null_and_blank_strings_as_null(String json) throws Exception {
    assertThat(LenientLongAdapter.INSTANCE.fromJson(json)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "\"1.5\"", "\"12abc\"", "\"0x10\"", "1e3", "\"9223372036854775808\"",
      "18446744073709551616", "true", "[1]", "{\"a\":1}", "\"NaN\"", "\"-\"", "\"+-5\"", "\"5.01\"",
      "\"1.0.0\"", "\".0\"", "\"12345678901234567890\"", "\"\u0663\"", "\"1 2\""})
  void refuses_what_is_not_a_64_bit_whole_number_naming_the_path(String json) {
    assertThatThrownBy(() -> LenientLongAdapter.INSTANCE.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at path $");
  }

  @Test
  void names_the_path_of_the_element_that_cannot_be_read_in_an_array_and_an_object() {
    JsonAdapter<List<Long>> list = FeishuJson.MOSHI.adapter(Types.newParameterizedType(List.class, Long.class));
    JsonAdapter<FaqPageDto> page = FeishuJson.MOSHI.adapter(FaqPageDto.class);

    assertThatThrownBy(() -> list.fromJson("[1, 2, \"x\", 4]")).hasMessageEndingWith("at path $[2]");
    assertThatThrownBy(() -> page.fromJson("{\"items\":[],\"total\":\"1.5\"}"))
        .hasMessageEndingWith("at path $.total");
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, 1596379008L, Long.MIN_VALUE})
  void writes_a_json_number(long value) {
    assertThat(LenientLongAdapter.INSTANCE.toJson(value)).isEqualTo(Long.toString(value));
  }
}
