package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads a 64-bit whole number the way Feishu's gateways send it: a JSON number ({@code 1596379008}), a JSON string
 * holding one ({@code "1596379008"}), {@code null}, or a blank string (read as {@code null}). A trailing {@code .0}
 * is accepted; a fraction, an exponent, anything out of the {@code long} range or any other token is refused with
 * a {@link JsonDataException} that names the path. Writes a JSON number.
 */
final class LenientLongAdapter extends JsonAdapter<Long> {

  static final LenientLongAdapter INSTANCE = new LenientLongAdapter();

  /** Digits only (an allow-list), so that no exotic number form reaches the parser. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,19}(\\.0*)?");

  private LenientLongAdapter() {}

  @Override
  public Long fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case NULL:
        return reader.nextNull();
      case NUMBER:
      case STRING:
        String path = reader.getPath();
        String text = reader.nextString().strip();
        return text.isEmpty() ? null : parse(text, path);
      default:
        throw new JsonDataException("Expected a whole number (or a string holding one) but was " + token
            + " at path " + reader.getPath());
    }
  }

  private static long parse(String text, String path) {
    if (WHOLE_NUMBER.matcher(text).matches()) {
      int point = text.indexOf('.');
      try {
        return Long.parseLong(point < 0 ? text : text.substring(0, point));
      } catch (NumberFormatException outOfRange) {
        // falls through to the message below
      }
    }
    throw new JsonDataException("Expected a 64-bit whole number but was \"" + shorten(text) + "\" at path " + path);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  @Override
  public void toJson(JsonWriter writer, Long value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.longValue());
    }
  }

  @Override
  public String toString() {
    return "LenientLongAdapter";
  }
}
