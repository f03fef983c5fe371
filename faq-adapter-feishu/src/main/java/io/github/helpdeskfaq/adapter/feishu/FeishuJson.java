package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.time.Instant;

/**
 * The one Moshi set up for Feishu's wire format, shared by the adapter and {@link FeishuFaqDocuments}: the lenient
 * adapters in their order of precedence, and the adapters for the response DTOs. Unknown fields are skipped, as
 * Moshi does by default; Moshi instances are thread-safe and cache their adapters.
 */
final class FeishuJson {

  static final Moshi MOSHI = new Moshi.Builder()
      .add(RichTextListAdapter.FACTORY)
      .add(NullToEmptyListAdapter.FACTORY)
      .add(Long.class, LenientLongAdapter.INSTANCE)
      .add(Instant.class, EpochSecondsAdapter.INSTANCE)
      .build();

  static final JsonAdapter<FaqResponseDto> FAQ_RESPONSE = MOSHI.adapter(FaqResponseDto.class);

  private FeishuJson() {}

  /**
   * Says in plain words why JSON could not be read, for messages that reach people: Moshi's own wording for
   * malformed JSON tells a programmer to switch on lenient mode, which is no help to whoever holds the document.
   *
   * @param unreadable what Moshi threw: an {@link EOFException}, a {@link JsonEncodingException} or a
   *     {@code JsonDataException}
   * @return the reason, naming the JSON path where Moshi gave one
   */
  static String describe(Exception unreadable) {
    String message = String.valueOf(unreadable.getMessage());
    if (unreadable instanceof EOFException) {
      return "the JSON ends too early (truncated?): " + message;
    }
    if (unreadable instanceof JsonEncodingException) {
      if (message.startsWith("Unterminated")) {
        return "the JSON ends too early (truncated?) or is malformed: " + message;
      }
      return message.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
    }
    return message;
  }
}
