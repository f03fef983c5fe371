package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads Feishu's timestamps ({@code create_time}, {@code update_time}, {@code expire_time}): Unix seconds as a JSON
 * number or a string holding one, read as a {@code long} so that times past 2038 survive (the official SDK's
 * {@code Integer} overflows). {@code null} and a blank string are {@code null}; {@code 0} is the epoch, as sent.
 * Writes Unix seconds as a JSON number.
 */
final class EpochSecondsAdapter extends JsonAdapter<Instant> {

  static final EpochSecondsAdapter INSTANCE = new EpochSecondsAdapter();

  private EpochSecondsAdapter() {}

  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    Long seconds = LenientLongAdapter.read(reader);
    if (seconds == null) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(seconds);
    } catch (DateTimeException outOfRange) {
      throw new JsonDataException("Expected Unix seconds but was " + seconds + ", out of range, at path "
          + LenientLongAdapter.pathOfValueRead(reader));
    }
  }

  @Override
  public void toJson(JsonWriter writer, Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.getEpochSecond());
    }
  }

  @Override
  public String toString() {
    return "EpochSecondsAdapter";
  }
}
