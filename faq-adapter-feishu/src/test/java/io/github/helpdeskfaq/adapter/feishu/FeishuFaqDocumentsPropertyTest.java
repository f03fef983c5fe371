package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FeishuFaqDocuments#read} over FAQ details with one field of any JSON value: each document is a known-good
 * one (Feishu's published example, or the one with real gateways' quirks) with one value, at any depth and the
 * document itself included, replaced by a generated one. The reading gives the FAQ or the documented
 * {@link IllegalArgumentException} with its readable message, never another exception; and a value that is
 * read leniently inside the FAQ does not change the FAQ's id. (The document replaced as a whole may be an array of
 * any number of FAQs.)
 */
class FeishuFaqDocumentsPropertyTest {

  private static final List<String> DOCUMENTS = List.of(Fixtures.text(Fixtures.KNOWN_FAQ),
      Fixtures.text(Fixtures.LENIENT_FAQ));
  private static final List<FaqId> IDS = List.of(FaqId.of("6936004780707807231"), FaqId.of("7000000000000000001"));

  static Stream<Arguments> oneFieldOfAnyValue() {
    GeneratedJson generated = GeneratedJson.fromSeed();
    Random random = generated.random();
    List<List<String>> paths = DOCUMENTS.stream().map(JsonSplice::paths).toList();
    return Stream.generate(() -> {
      int document = random.nextInt(DOCUMENTS.size());
      List<String> candidates = paths.get(document);
      return Arguments.of(document, candidates.get(random.nextInt(candidates.size())), generated.value());
    }).limit(GeneratedJson.TRIES);
  }

  @ParameterizedTest(name = "[{index}] document {0}, {1} = {2}")
  @MethodSource("oneFieldOfAnyValue")
  void a_faq_detail_with_any_value_in_one_field_is_a_faq_or_refused_with_a_readable_message(int document,
      String path, String value) {
    String json = JsonSplice.replace(DOCUMENTS.get(document), path, value);
    AtomicReference<List<Faq>> read = new AtomicReference<>();

    Throwable refused = catchThrowable(() -> read.set(FeishuFaqDocuments.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));

    if (refused != null) {
      assertThat(refused).isExactlyInstanceOf(IllegalArgumentException.class)
          .message().matches("(?s)(not a Feishu FAQ document: |(the response|response \\[\\d+]) at \\$).+");
    } else if (!path.equals("$")) {
      assertThat(read.get()).hasSize(1);
      if (path.startsWith("$.data.faq.") && !path.equals("$.data.faq.faq_id")) {
        assertThat(read.get().get(0).id()).isEqualTo(IDS.get(document));
      }
    }
  }
}
