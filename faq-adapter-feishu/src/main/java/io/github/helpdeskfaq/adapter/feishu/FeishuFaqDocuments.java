package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.domain.Faq;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;

/**
 * Reads FAQs written in Feishu's wire format, with the same lenient reading that the adapter applies to the
 * server's answers, so that demo and test data can be kept as files in the format the real service sends.
 *
 * <p>A document is either one FAQ-detail response object,
 * {@code {"code":0,"msg":"success","data":{"faq":{...}}}}, or a JSON array of such objects. The reading accepts
 * what real gateways send: unknown fields, missing or {@code null} fields and lists, 64-bit numbers and timestamps
 * sent as strings, and {@code answer_richtext} as an array or as a string holding the array. A missing
 * {@code code} is read as success; a non-zero one is refused, as the object is then an error answer and not a FAQ.
 * FAQs come back in document order, duplicates included.
 */
public final class FeishuFaqDocuments {

  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private FeishuFaqDocuments() {}

  /**
   * Reads every FAQ of a document. The stream is read to the end of the JSON value and not closed.
   *
   * @param json the document, UTF-8 (a byte-order mark is skipped)
   * @return the FAQs, in document order
   * @throws IllegalArgumentException if the document is not one or more FAQ-detail responses: malformed or
   *     truncated JSON, the wrong shape, an error answer, a FAQ without an id or with an id the domain refuses;
   *     the message says what and where
   * @throws UncheckedIOException if reading the stream itself fails
   */
  public static List<Faq> read(InputStream json) {
    Objects.requireNonNull(json, "json must not be null");
    BufferedSource source = Okio.buffer(Okio.source(json));
    try {
      if (source.rangeEquals(0, UTF8_BOM)) {
        source.skip(UTF8_BOM.size());
      }
      return readDocument(JsonReader.of(source));
    } catch (JsonDataException | JsonEncodingException | EOFException unreadable) {
      throw new IllegalArgumentException("not a Feishu FAQ document: " + FeishuJson.describe(unreadable),
          unreadable);
    } catch (IOException failed) {
      throw new UncheckedIOException("could not read the FAQ document", failed);
    }
  }

  private static List<Faq> readDocument(JsonReader reader) throws IOException {
    List<Faq> faqs = new ArrayList<>();
    JsonReader.Token first = reader.peek();
    if (first == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      for (int index = 0; reader.hasNext(); index++) {
        faqs.add(readResponse(reader, "response [" + index + "]"));
      }
      reader.endArray();
    } else if (first == JsonReader.Token.BEGIN_OBJECT) {
      faqs.add(readResponse(reader, "the response"));
    } else {
      throw new IllegalArgumentException("not a Feishu FAQ document: expected a FAQ-detail response object or an "
          + "array of them, but the document starts with " + first);
    }
    requireEnd(reader);
    return List.copyOf(faqs);
  }

  private static void requireEnd(JsonReader reader) throws IOException {
    boolean ended;
    try {
      ended = reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException secondValue) {
      ended = false;
    }
    if (!ended) {
      throw new IllegalArgumentException("not a Feishu FAQ document: more data follows the first JSON value");
    }
  }

  private static Faq readResponse(JsonReader reader, String which) throws IOException {
    String path = reader.getPath();
    FaqResponseDto response = FeishuJson.FAQ_RESPONSE.fromJson(reader);
    if (response == null) {
      throw new IllegalArgumentException(which + " at " + path + " is null, not a FAQ-detail response");
    }
    if (response.code != null && response.code != 0) {
      throw new IllegalArgumentException(which + " at " + path + " is an error answer (code " + response.code
          + (response.msg == null ? "" : ": " + response.msg) + "), not a FAQ");
    }
    if (response.data == null || response.data.faq == null) {
      throw new IllegalArgumentException(which + " at " + path + " has no data.faq");
    }
    try {
      return FaqMapper.toFaq(response.data.faq, Optional.empty());
    } catch (IllegalArgumentException unusable) {
      throw new IllegalArgumentException(which + " at " + path + ": " + unusable.getMessage(), unusable);
    }
  }
}
