package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RichTextElementTest {

  @Test
  void an_empty_text_is_a_line_break_and_a_text_is_never_empty() {
    assertThat(RichTextElement.text("")).isEqualTo(new RichTextElement.LineBreak());
    assertThat(RichTextElement.text(" ")).isEqualTo(new RichTextElement.Text(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> new RichTextElement.Text(""))
        .withMessageContaining("LineBreak");
  }

  @Test
  void an_image_offers_its_key_only_when_image_key_accepts_it_and_keeps_the_raw_key_either_way() {
    RichTextElement.Image good = new RichTextElement.Image(Optional.of("img_1"), Optional.empty(), Optional.empty(),
        Optional.empty());
    RichTextElement.Image hostile = new RichTextElement.Image(Optional.of("../../etc/passwd"), Optional.empty(),
        Optional.empty(), Optional.empty());
    RichTextElement.Image keyless = new RichTextElement.Image(Optional.empty(), Optional.of("https://x/1.png"),
        Optional.of("680"), Optional.of("480"));

    assertThat(good.key()).contains(ImageKey.of("img_1"));
    assertThat(hostile.key()).isEmpty();
    assertThat(hostile.rawKey()).contains("../../etc/passwd");
    assertThat(keyless.key()).isEmpty();
    assertThat(keyless.width()).contains("680");
    assertThat(RichTextElement.image(ImageKey.of("k")).rawKey()).contains("k");
  }

  @Test
  void refuses_null_where_an_optional_belongs_naming_the_component() {
    assertThatNullPointerException().isThrownBy(() -> new RichTextElement.Hyperlink(Optional.empty(), null))
        .withMessageContaining("url");
    assertThatNullPointerException().isThrownBy(() -> new RichTextElement.Image(Optional.empty(), Optional.empty(),
        null, Optional.empty())).withMessageContaining("width");
    assertThatNullPointerException().isThrownBy(() -> new RichTextElement.Unknown(null, Map.of()))
        .withMessageContaining("type");
  }

  @Test
  void an_unknown_element_keeps_its_fields_in_order_deeply_immutable_with_json_nulls() {
    Map<String, Object> style = new HashMap<>();
    style.put("bold", true);
    List<Object> spans = new ArrayList<>(Arrays.asList(1L, null, "x"));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("z", "first");
    fields.put("a", BigDecimal.valueOf(1.5));
    fields.put("none", null);
    fields.put("style", style);
    fields.put("spans", spans);

    RichTextElement.Unknown unknown = new RichTextElement.Unknown(Optional.of("table"), fields);
    style.put("bold", false);
    spans.add("y");

    assertThat(unknown.fields()).containsKeys("z", "a", "none", "style", "spans");
    assertThat(List.copyOf(unknown.fields().keySet())).containsExactly("z", "a", "none", "style", "spans");
    assertThat(unknown.fields()).containsEntry("none", null);
    assertThat(unknown.fields().get("style")).isEqualTo(Map.of("bold", true));
    assertThat(unknown.fields().get("spans")).isEqualTo(Arrays.asList(1L, null, "x"));
    assertThatThrownBy(() -> unknown.fields().put("b", "c")).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> keptSpans = (List<Object>) unknown.fields().get("spans");
    assertThatThrownBy(() -> keptSpans.add("z")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(unknown).isEqualTo(new RichTextElement.Unknown(Optional.of("table"), unknown.fields()));
  }

  @Test
  void an_unknown_element_refuses_what_is_not_a_json_value_naming_where() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RichTextElement.Unknown(Optional.empty(), Map.of("when", new Object())))
        .withMessageContaining("fields.when").withMessageContaining("not a JSON value");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RichTextElement.Unknown(Optional.empty(), Map.of("n", List.of(Double.NaN))))
        .withMessageContaining("fields.n[0]");
  }

  @Test
  void an_unknown_element_keeps_a_type_that_is_not_a_string_among_its_fields_and_says_the_type_once() {
    RichTextElement.Unknown oddType = new RichTextElement.Unknown(Optional.empty(), Map.of("type", 7L));

    assertThat(oddType.fields()).containsEntry("type", 7L);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RichTextElement.Unknown(Optional.of("table"), Map.of("type", "table")))
        .withMessageContaining("type");
  }
}
