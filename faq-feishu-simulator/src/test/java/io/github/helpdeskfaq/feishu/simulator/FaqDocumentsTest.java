package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading FAQ documents as the adapter reads answers, and writing FAQs so that they read back the same. */
class FaqDocumentsTest {

  @Test
  void writes_every_field_and_element_kind_so_that_it_reads_back_the_same() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("rows", List.of(List.of("a", 1L), List.of("b", new BigDecimal("2.50"))));
    table.put("frozen", true);
    table.put("note", null);
    Faq faq = Faq.builder(FaqId.of("7000000000000000001"))
        .legacyId("7000000000000000001")
        .helpdeskId(HelpdeskId.of("6939771743531696147"))
        .question("如何连接 \"wifi\"?\n\u2028")
        .answer("Use the portal \\ settings.")
        .answerRichText(List.of(new RichTextElement.Text("Hi"), new RichTextElement.LineBreak(),
            RichTextElement.hyperlink("docs", "https://example.com/a b"),
            new RichTextElement.Image(Optional.of("../odd key"), Optional.of("https://img"), Optional.of("680"),
                Optional.of("480")),
            new RichTextElement.Unknown(Optional.of("table"), table),
            new RichTextElement.Unknown(Optional.empty(), Map.of("content", "typeless"))))
        .content("content").type("1")
        .createTime(Instant.ofEpochSecond(1_596_379_008L)).updateTime(Instant.ofEpochSecond(4_102_444_800L))
        .expireTime(Instant.EPOCH)
        .categories(List.of(new Category(Optional.of(CategoryId.of("7100")), Optional.of("7100"),
            Optional.of("Network"), Optional.of(CategoryId.of("0")), Optional.of(HelpdeskId.of("1")),
            Optional.of("zh_cn"))))
        .tags(List.of("wifi", "无线"))
        .createUser(new TicketUser(Optional.of(UserId.of("ou_1")), Optional.of("https://avatar"), Optional.of("Ann"),
            Optional.of("IT"), Optional.of("Beijing"), Optional.of("CN")))
        .updateUser(TicketUser.of(UserId.of("ou_2"), "Bo"))
        .build();

    assertThat(FaqDocuments.read(WireFormat.faqDetail(faq))).containsExactly(faq);
  }

  @Test
  void reads_what_real_gateways_send() {
    String lenient = "\ufeff{\"code\":\"0\",\"request_id\":\"x\",\"data\":{\"faq\":{\"faq_id\":7000000000000000001,"
        + "\"id\":null,\"helpdesk_id\":\"\",\"question\":12.50,\"answer_richtext\":\"[{\\\"content\\\":\\\"Yes\\\","
        + "\\\"type\\\":\\\"text\\\"},{\\\"type\\\":\\\"img\\\",\\\"key\\\":\\\"img_1\\\",\\\"width\\\":680,"
        + "\\\"height\\\":480.5},null,42]\",\"create_time\":\"1596379008\",\"update_time\":\" 4102444800.00 \","
        + "\"expire_time\":\"\",\"categories\":[{\"id\":\"71\",\"parent_id\":\"\",\"future\":{}},null],"
        + "\"tags\":null,\"create_user\":{\"id\":\"ou_1\",\"locale\":\"zh\"},\"update_user\":null,"
        + "\"future_list\":[true]}}}";

    Faq faq = read(lenient).get(0);

    assertThat(faq).isEqualTo(Faq.builder(FaqId.of("7000000000000000001")).question("12.50")
        .answerRichText(List.of(new RichTextElement.Text("Yes"), new RichTextElement.Image(Optional.of("img_1"),
            Optional.empty(), Optional.of("680"), Optional.of("480.5"))))
        .createTime(Instant.ofEpochSecond(1_596_379_008L)).updateTime(Instant.ofEpochSecond(4_102_444_800L))
        .categories(List.of(new Category(Optional.of(CategoryId.of("71")), Optional.of("71"), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty())))
        .createUser(new TicketUser(Optional.of(UserId.of("ou_1")), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()))
        .build());
  }

  @Test
  void keeps_an_element_it_cannot_type_with_its_fields_and_exact_numbers() {
    Faq faq = read("{\"data\":{\"faq\":{\"id\":\"2\",\"answer_richtext\":[{\"type\":\"table\",\"id\":"
        + "7000000000000000004,\"rows\":[[\"b\",2.50]],\"big\":1e400},"
        + "{\"type\":\"hyperlink\",\"url\":{\"href\":\"h\"}},"
        + "{\"type\":\"text\"}]}}}").get(0);

    assertThat(faq.id()).isEqualTo(FaqId.of("2"));
    assertThat(faq.answerRichText()).containsExactly(
        new RichTextElement.Unknown(Optional.of("table"), Map.of("id", 7000000000000000004L,
            "rows", List.of(List.of("b", new BigDecimal("2.50"))), "big", new BigDecimal("1e400"))),
        new RichTextElement.Unknown(Optional.of("hyperlink"), Map.of("url", Map.of("href", "h"))),
        new RichTextElement.LineBreak());
  }

  @Test
  void reads_an_array_of_answers_in_order_duplicates_included() {
    assertThat(read("[{\"data\":{\"faq\":{\"faq_id\":\"2\"}}},{\"data\":{\"faq\":{\"faq_id\":\"1\"}}},"
        + "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"2\",\"question\":\"again\"}}}]"))
        .extracting(faq -> faq.id().value() + faq.question().map(q -> " " + q).orElse(""))
        .containsExactly("2", "1", "2 again");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "[", "{\"data\":{\"faq\":{\"faq_id\":\"1\"}}} {}", "\"a string\"", "[null]",
      "{\"code\":154004,\"msg\":\"Resource not found\"}", "{\"code\":0,\"data\":{}}",
      "{\"data\":{\"faq\":{\"question\":\"no id\"}}}", "{\"data\":{\"faq\":{\"faq_id\":\"../x\"}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"question\":true}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"create_time\":\"yesterday\"}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"create_time\":1.5}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"tags\":{}}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"answer_richtext\":\"{}\"}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",\"categories\":[\"c\"]}}}",
      "{\"data\":{\"faq\":{\"faq_id\":\"1\",}}}", "{'data':{}}", "{\"data\":NaN}"})
  void refuses_what_is_no_faq_document_and_says_why(String document) {
    assertThatIllegalArgumentException().isThrownBy(() -> read(document))
        .satisfies(refused -> assertThat(refused.getMessage()).isNotBlank());
  }

  @Test
  void a_refusal_names_the_kind_of_value_it_found_and_its_path() {
    assertThatIllegalArgumentException().isThrownBy(() -> read("null"))
        .withMessageEndingWith("but the document is null");
    assertThatIllegalArgumentException().isThrownBy(() -> read(faqWith("\"question\":true")))
        .withMessageEndingWith("expected a string but was a boolean at path $.data.faq.question");
    assertThatIllegalArgumentException().isThrownBy(() -> read(faqWith("\"tags\":{}")))
        .withMessageEndingWith("expected an array but was an object at path $.data.faq.tags");
    assertThatIllegalArgumentException().isThrownBy(() -> read(faqWith("\"tags\":5")))
        .withMessageEndingWith("expected an array but was a number at path $.data.faq.tags");
    assertThatIllegalArgumentException().isThrownBy(() -> read(faqWith("\"create_time\":[]")))
        .withMessageEndingWith("but was an array at path $.data.faq.create_time");
    assertThatIllegalArgumentException().isThrownBy(() -> read(faqWith("\"categories\":[\"c\"]")))
        .withMessageEndingWith("expected an object but was a string at path $.data.faq.categories[0]");
  }

  @Test
  void a_null_time_or_rich_text_string_holding_null_is_absent() {
    Faq faq = read(faqWith("\"create_time\":null,\"answer_richtext\":\"null\"")).get(0);

    assertThat(faq).isEqualTo(Faq.builder(FaqId.of("1")).build());
  }

  @Test
  void says_where_a_document_is_malformed() {
    assertThatIllegalArgumentException().isThrownBy(() -> read("{\n  \"data\": {\"faq\": [1,]}\n}"))
        .withMessage("not a Feishu FAQ document: unexpected character ']' at line 2, column 22");
    assertThatIllegalArgumentException().isThrownBy(() -> read("{\"code\":155000,\"msg\":\"Internal error\"}"))
        .withMessage("the response at $ is an error answer (code 155000: Internal error), not a FAQ");
  }

  @Test
  void refuses_nesting_deeper_than_any_answer() {
    char[] deep = new char[10_000];
    Arrays.fill(deep, '[');

    assertThatIllegalArgumentException().isThrownBy(() -> read(new String(deep)))
        .withMessageContaining("nested more than");
  }

  /** A FAQ-detail response of FAQ 1 with these members besides its id. */
  private static String faqWith(String members) {
    return "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"1\"," + members + "}}}";
  }

  private static List<Faq> read(String document) {
    return FaqDocuments.read(document.getBytes(StandardCharsets.UTF_8));
  }
}
