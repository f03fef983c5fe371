package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullToEmptyListAdapterTest {

  private final JsonAdapter<List<String>> strings =
      FeishuJson.MOSHI.adapter(Types.newParameterizedType(List.class, String.class));
  private final JsonAdapter<FaqDto> faq = FeishuJson.MOSHI.adapter(FaqDto.class);

  @Test
  void reads_null_as_an_empty_list() throws Exception {
    assertThat(strings.fromJson("null")).isEmpty();
  }

  @Test
  void drops_null_elements_and_returns_an_unmodifiable_list() throws Exception {
    List<String> tags = strings.fromJson("[\"问\",null,\"题\"]");

    assertThat(tags).containsExactly("问", "题");
    assertThatThrownBy(() -> tags.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reads_numbers_in_a_list_of_strings_as_their_text() throws Exception {
    assertThat(strings.fromJson("[6948728206392295444, \"a\"]")).containsExactly("6948728206392295444", "a");
  }

  @Test
  void leaves_missing_and_null_lists_of_a_faq_empty() throws Exception {
    FaqDto missing = faq.fromJson("{}");
    FaqDto nulls = faq.fromJson("{\"answer_richtext\":null,\"categories\":null,\"tags\":null}");

    for (FaqDto dto : List.of(missing, nulls)) {
      assertThat(dto.answerRichtext).isEmpty();
      assertThat(dto.categories).isEmpty();
      assertThat(dto.tags).isEmpty();
    }
  }

  @Test
  void refuses_a_list_of_the_wrong_shape() {
    assertThatThrownBy(() -> faq.fromJson("{\"categories\":{\"id\":\"1\"}}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.categories");
  }
}
