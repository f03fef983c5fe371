package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads a 64-bit whole number the way Feishu's gateways send it: a JSON number ({@code 1596379008}), a JSON string
 * holding one ({@code "1596379008"}), {@code null}, or a blank string (read as {@code null}). A trailing {@code .0}
 * is accepted; a fraction, an exponent, anything out of the {@code long} range or any other token is refused with
 * a {@link JsonDataException} that names the path. Writes a JSON number.
 */
final class LenientLongAdapter extends JsonAdapter<Long> {

  static final LenientLongAdapter INSTANCE = new LenientLongAdapter();

  /** The longest run of digits a {@code long} can have. */
  private static final int MAX_DIGITS = 19;

  private LenientLongAdapter() {}

  @Override
  public Long fromJson(JsonReader reader) throws IOException {
    return read(reader, reader.getPath());
  }

  /**
   * Reads the next value as this adapter does, naming {@code path} in an error: for an adapter built on this one
   * that has taken the path already (the path of an array element moves on once it is read).
   */
  static Long read(JsonReader reader, String path) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case NULL:
        return reader.nextNull();
      case NUMBER:
      case STRING:
        String text = reader.nextString().strip();
        return text.isEmpty() ? null : parse(text, path);
      default:
        throw new JsonDataException("Expected a whole number (or a string holding one) but was " + token
            + " at path " + path);
    }
  }

  private static long parse(String text, String path) {
    if (isWholeNumber(text)) {
      int point = text.indexOf('.');
      try {
        return Long.parseLong(point < 0 ? text : text.substring(0, point));
      } catch (NumberFormatException outOfRange) {
        // falls through to the message below
      }
    }
    throw new JsonDataException("Expected a 64-bit whole number but was \"" + shorten(text) + "\" at path " + path);
  }

  /**
   * An allow-list, so that no exotic number form reaches the parser: an optional sign, 1 to 19 ASCII digits, and
   * optionally a point followed by zeros only ({@code [+-]?[0-9]{1,19}(\.0*)?}). A loop rather than a regular
   * expression, since it runs for every number of every answer.
   */
  private static boolean isWholeNumber(String text) {
    int i = 0;
    int length = text.length();
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digitsStart = i;
    while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    int digits = i - digitsStart;
    if (digits < 1 || digits > MAX_DIGITS) {
      return false;
    }
    if (i < length && text.charAt(i) == '.') {
      i++;
      while (i < length && text.charAt(i) == '0') {
        i++;
      }
    }
    return i == length;
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
