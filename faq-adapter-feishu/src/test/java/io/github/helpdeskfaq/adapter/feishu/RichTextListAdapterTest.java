package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextListAdapterTest {

  private final JsonAdapter<List<RichTextDto>> adapter = FeishuJson.MOSHI.adapter(RichTextListAdapter.RICH_TEXT_LIST);

  @Test
  void is_the_adapter_moshi_picks_for_rich_text() {
    assertThat(adapter.toString()).startsWith("RichTextListAdapter");
  }

  @Test
  void reads_every_member_of_each_element_in_the_order_sent() throws Exception {
    List<RichTextDto> elements = adapter.fromJson("[{\"content\":\"我的答案\",\"type\":\"text\"},"
        + "{\"type\":\"img\",\"src\":\"https://link.to.image/image.jpg\",\"key\":\"abcd\",\"width\":\"680\","
        + "\"height\":\"480\"}]");

    assertThat(elements).extracting(e -> e.members).containsExactly(
        Map.of("content", "我的答案", "type", "text"),
        Map.of("type", "img", "src", "https://link.to.image/image.jpg", "key", "abcd", "width", "680",
            "height", "480"));
    assertThat(elements.get(1).members.keySet()).containsExactly("type", "src", "key", "width", "height");
  }

  @Test
  void reads_a_string_that_holds_the_array_encoded() throws Exception {
    List<RichTextDto> elements = adapter.fromJson(
        "\"[{\\\"type\\\":\\\"hyperlink\\\",\\\"text\\\":\\\"字节跳动\\\",\\\"url\\\":\\\"https://bytedance.com\\\"}]\"");

    assertThat(elements).extracting(e -> e.members)
        .containsExactly(Map.of("type", "hyperlink", "text", "字节跳动", "url", "https://bytedance.com"));
  }

  @Test
  void keeps_numbers_exactly_and_nested_values_and_nulls_of_any_element() throws Exception {
    List<RichTextDto> elements = adapter.fromJson("[{\"type\":\"table\",\"id\":7000000000000000004,"
        + "\"ratio\":2.50,\"huge\":123456789012345678901234567890,\"rows\":[[\"a\",1],{\"b\":false}],\"note\":null}]");

    Map<String, Object> members = elements.get(0).members;
    assertThat(members.get("id")).isEqualTo(7000000000000000004L);
    assertThat(members.get("ratio")).isEqualTo(new BigDecimal("2.50"));
    assertThat(members.get("huge")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(members.get("rows")).isEqualTo(List.of(List.of("a", 1L), Map.of("b", false)));
    assertThat(members).containsEntry("note", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\"", "\"  \"", "\"null\"", "[]", "\"[]\""})
  void reads_null_blank_and_empty_as_an_empty_list(String json) throws Exception {
    assertThat(adapter.fromJson(json)).isEmpty();
  }

  @Test
  void drops_null_and_non_object_elements_in_either_shape() throws Exception {
    assertThat(adapter.fromJson("[null,\"bare\",42,[1],true,{\"type\":\"text\",\"content\":\"a\"}]"))
        .extracting(e -> e.members).containsExactly(Map.of("type", "text", "content", "a"));
    assertThat(adapter.fromJson("\"[null,1,2,{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"a\\\"}]\""))
        .hasSize(1);
  }

  @Test
  void keeps_an_element_without_a_type() throws Exception {
    assertThat(adapter.fromJson("[{\"content\":\"typeless\"},{\"type\":null}]")).extracting(e -> e.members)
        .containsExactly(Map.of("content", "typeless"), nullType());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"<p>plain html</p>\"", "\"[{\\\"type\\\":\"", "\"{\\\"type\\\":\\\"text\\\"}\"",
      "\"[] []\"", "\"42\""})
  void refuses_a_string_that_holds_no_rich_text_array_naming_the_path(String json) {
    assertThatThrownBy(() -> adapter.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected rich text")
        .hasMessageContaining("at path $");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"type\":\"text\"}", "42", "true"})
  void refuses_what_is_neither_an_array_nor_a_string_naming_the_path(String json) {
    assertThatThrownBy(() -> adapter.fromJson(json)).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected rich text").hasMessageContaining("at path $");
  }

  /** Found by {@link FeishuFaqDocumentsPropertyTest}: {@code BigDecimal}'s own NumberFormatException escaped. */
  @ParameterizedTest
  @ValueSource(strings = {"[{\"type\":\"text\",\"content\":1e9999999999}]",
      "\"[{\\\"width\\\":-2E-99999999999}]\"", "[{\"a\":[{\"b\":1e2147483648}]}]"})
  void refuses_a_number_whose_exponent_no_decimal_can_hold_naming_the_path(String json) {
    assertThatThrownBy(() -> adapter.fromJson(json)).isExactlyInstanceOf(JsonDataException.class)
        .hasMessageContaining("exponent").hasMessageContaining("at path $");
  }

  @Test
  void writes_the_elements_back_as_read() throws Exception {
    String json = "[{\"type\":\"img\",\"key\":\"abcd\",\"width\":680,\"extra\":[null,true]}]";

    assertThat(adapter.toJson(adapter.fromJson(json))).isEqualTo(json);
  }

  private static Map<String, Object> nullType() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", null);
    return members;
  }
}
