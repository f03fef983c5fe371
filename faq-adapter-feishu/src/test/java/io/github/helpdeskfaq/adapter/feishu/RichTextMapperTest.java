package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.RichTextElement.Hyperlink;
import io.github.helpdeskfaq.domain.RichTextElement.Image;
import io.github.helpdeskfaq.domain.RichTextElement.LineBreak;
import io.github.helpdeskfaq.domain.RichTextElement.Text;
import io.github.helpdeskfaq.domain.RichTextElement.Unknown;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rich text typed from the shapes of the helpdesk's rich-text document, and from what it does not document. */
class RichTextMapperTest {

  /** The four element examples of the rich-text document, as one FAQ answer. */
  private static final String DOCUMENTED = "fixtures/faq-richtext-documented.json";
  /** Elements the document does not describe, sent as an encoded string: each still gives an element. */
  private static final String ODD = "fixtures/faq-richtext-odd.json";

  @Test
  void reads_every_documented_field_of_every_documented_kind() {
    Faq faq = readOne(DOCUMENTED);

    assertThat(faq.answerRichText()).containsExactly(
        new Text("Hi, please visit xxx"),
        new LineBreak(),
        new Hyperlink(Optional.of("字节跳动"), Optional.of("https://bytedance.com")),
        new Image(Optional.of("abcd"), Optional.of("https://link.to.image/image.jpg"), Optional.of("680"),
            Optional.of("480")));
    assertThat(faq.imageKeys()).containsExactly(ImageKey.of("abcd"));
  }

  @Test
  void keeps_unknown_typeless_and_ill_typed_elements_and_a_refused_image_key_without_failing_the_faq() {
    Faq faq = readOne(ODD);

    Map<String, Object> table = new LinkedHashMap<>();
    table.put("rows", List.of(List.of("a", 1L), List.of("b", new BigDecimal("2.50"))));
    table.put("id", 7000000000000000004L);
    table.put("frozen", true);
    table.put("note", null);
    assertThat(faq.answerRichText()).containsExactly(
        new Unknown(Optional.of("table"), table),
        new Unknown(Optional.empty(), Map.of("content", "typeless", "style", Map.of("bold", true))),
        new Image(Optional.of("../../admin?x=1"), Optional.of("https://link.to.image/odd.jpg"), Optional.of("680"),
            Optional.of("480.5")),
        new LineBreak(),
        new Unknown(Optional.of("hyperlink"), Map.of("text", "docs", "url", Map.of("href", "https://example.com"))),
        RichTextElement.image(ImageKey.of("img_ok")));
    assertThat(((Image) faq.answerRichText().get(2)).key()).isEmpty();
    assertThat(faq.imageKeys()).containsExactly(ImageKey.of("img_ok"));
  }

  @Test
  void keeps_a_type_that_is_not_a_string_among_the_fields() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", null);
    members.put("content", "x");

    assertThat(RichTextMapper.toElement(members)).isEqualTo(new Unknown(Optional.empty(), members));
    assertThat(RichTextMapper.toElement(Map.of("type", 3L)))
        .isEqualTo(new Unknown(Optional.empty(), Map.of("type", 3L)));
  }

  @Test
  void matches_the_documented_types_exactly_keeping_the_old_image_shape_as_unknown() {
    assertThat(RichTextMapper.toElement(Map.of("type", "image", "content", "img_1")))
        .isEqualTo(new Unknown(Optional.of("image"), Map.of("content", "img_1")));
    assertThat(RichTextMapper.toElement(Map.of("type", "IMG", "key", "img_1")))
        .isInstanceOf(Unknown.class);
  }

  @Test
  void reads_a_number_where_a_string_is_documented_as_its_text_and_a_boolean_as_unknown() {
    assertThat(RichTextMapper.toElement(Map.of("type", "text", "content", 42L))).isEqualTo(new Text("42"));
    assertThat(RichTextMapper.toElement(Map.of("type", "text", "content", true)))
        .isEqualTo(new Unknown(Optional.of("text"), Map.of("content", true)));
  }

  @Test
  void reads_an_image_and_a_link_without_their_fields_as_absent() {
    assertThat(RichTextMapper.toElement(Map.of("type", "img"))).isEqualTo(
        new Image(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(RichTextMapper.toElement(Map.of("type", "hyperlink")))
        .isEqualTo(new Hyperlink(Optional.empty(), Optional.empty()));
  }

  private static Faq readOne(String fixture) {
    List<Faq> faqs = FeishuFaqDocuments.read(Fixtures.stream(fixture));
    assertThat(faqs).hasSize(1);
    return faqs.get(0);
  }
}
