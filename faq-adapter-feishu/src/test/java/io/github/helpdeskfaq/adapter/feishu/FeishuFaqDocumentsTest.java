package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeishuFaqDocumentsTest {

  @Test
  void reads_one_response_object_into_the_documented_faq() {
    assertThat(FeishuFaqDocuments.read(Fixtures.stream(Fixtures.KNOWN_FAQ)))
        .containsExactly(ContractData.knownFaq());
  }

  @Test
  void reads_an_array_of_response_objects_in_order() {
    List<Faq> faqs = FeishuFaqDocuments.read(Fixtures.stream("fixtures/faqs-array.json"));

    assertThat(faqs).extracting(Faq::id).containsExactly(FaqId.of("1"), FaqId.of("2"));
    assertThat(faqs.get(0).answer()).contains("One.");
    assertThat(faqs.get(1).legacyId()).contains("2");
    assertThat(faqs.get(1).createTime()).contains(Instant.ofEpochSecond(1596379008L));
  }

  @Test
  void reads_with_the_same_leniency_as_the_adapter() {
    assertThat(FeishuFaqDocuments.read(Fixtures.stream(Fixtures.LENIENT_FAQ)))
        .singleElement().satisfies(faq -> assertThat(faq.answerRichText()).hasSize(2));
  }

  @Test
  void reads_an_empty_array_as_no_faqs() {
    assertThat(FeishuFaqDocuments.read(json("[]"))).isEmpty();
  }

  @Test
  void skips_a_utf8_byte_order_mark() {
    byte[] withBom = ("\ufeff" + Fixtures.text(Fixtures.KNOWN_FAQ)).getBytes(StandardCharsets.UTF_8);

    assertThat(FeishuFaqDocuments.read(new ByteArrayInputStream(withBom))).hasSize(1);
  }

  @Test
  void reads_a_response_without_a_code_as_success() {
    assertThat(FeishuFaqDocuments.read(json("{\"data\":{\"faq\":{\"faq_id\":\"9\"}}}")))
        .extracting(Faq::id).containsExactly(FaqId.of("9"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                                                              | the JSON ends too early",
      "'<html><body>502 Bad Gateway</body></html>'                    | malformed JSON at path $",
      "'{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"1\"'              | the JSON ends too early",
      "'\"just a string\"'                                            | starts with STRING",
      "'{\"code\":0,\"data\":{\"faq\":[]}}'                           | $.data.faq",
      "'{\"code\":0,\"data\":{\"faq\":{\"create_time\":\"soon\"}}}'   | $.data.faq.create_time",
      "'{\"code\":154004,\"msg\":\"Resource not found\"}'             | error answer (code 154004: Resource not found)",
      "'{\"code\":0,\"msg\":\"success\",\"data\":{}}'                 | has no data.faq",
      "'[{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"1\"}}},null]'    | response [1] at $[1] is null",
      "'[{\"code\":0,\"data\":{\"faq\":{\"question\":\"?\"}}}]'       | response [0] at $[0]: the FAQ has neither",
      "'{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"a/b\"}}}'         | faq id",
      "'{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"1\"}}} {}'        | more data follows"})
  void refuses_garbage_with_a_readable_message(String document, String expectedInMessage) {
    assertThatIllegalArgumentException().isThrownBy(() -> FeishuFaqDocuments.read(json(document)))
        .withMessageContaining(expectedInMessage);
  }

  @Test
  void reports_a_failing_stream_as_unchecked_io() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeishuFaqDocuments.read(broken))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
  }

  @Test
  void refuses_null() {
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqDocuments.read(null));
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
