package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.util.List;
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
  void reads_the_array_itself() throws Exception {
    List<RichTextDto> elements = adapter.fromJson(
        "[{\"content\":\"我的答案\",\"type\":\"text\"},{\"content\":\"img_1\",\"type\":\"image\"}]");

    assertThat(elements).extracting(e -> e.type, e -> e.content)
        .containsExactly(tuple("text", "我的答案"), tuple("image", "img_1"));
  }

  @Test
  void reads_a_string_that_holds_the_array_encoded() throws Exception {
    List<RichTextDto> elements = adapter.fromJson(
        "\"[{\\\"content\\\":\\\"我的答案\\\",\\\"type\\\":\\\"text\\\"}]\"");

    assertThat(elements).extracting(e -> e.type, e -> e.content).containsExactly(tuple("text", "我的答案"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\"", "\"  \"", "\"null\"", "[]", "\"[]\""})
  void reads_null_blank_and_empty_as_an_empty_list(String json) throws Exception {
    assertThat(adapter.fromJson(json)).isEmpty();
  }

  @Test
  void drops_null_elements_in_either_shape() throws Exception {
    assertThat(adapter.fromJson("[null,{\"type\":\"text\",\"content\":\"a\"}]")).hasSize(1);
    assertThat(adapter.fromJson("\"[null,{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"a\\\"}]\"")).hasSize(1);
  }

  @Test
  void ignores_unknown_fields_of_elements() throws Exception {
    assertThat(adapter.fromJson("[{\"type\":\"text\",\"content\":\"a\",\"style\":{\"bold\":true}}]"))
        .extracting(e -> e.content).containsExactly("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"<p>plain html</p>\"", "\"[{\\\"type\\\":\"", "\"{\\\"type\\\":\\\"text\\\"}\"",
      "\"[1,2]\""})
  void refuses_a_string_that_holds_no_rich_text_array_naming_the_path(String json) {
    assertThatThrownBy(() -> adapter.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected rich text")
        .hasMessageContaining("at path $");
  }

  @Test
  void refuses_an_object_where_the_array_belongs() {
    assertThatThrownBy(() -> adapter.fromJson("{\"type\":\"text\"}")).isInstanceOf(JsonDataException.class);
  }
}
