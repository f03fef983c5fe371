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
    return read(reader);
  }

  /** Reads the next value as this adapter does: for the adapters and converters built on it. */
  static Long read(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case NULL:
        return reader.nextNull();
      case NUMBER:
      case STRING:
        String text = reader.nextString().strip();
        return text.isEmpty() ? null : parse(text, reader);
      default:
        throw new JsonDataException("Expected a whole number (or a string holding one) but was " + token
            + " at path " + reader.getPath());
    }
  }

  /**
   * The path of the value just read, for a message: the reader's own path moves on to the next element of an array
   * once an element is read. Built only when a message needs it, since building it costs a string.
   */
  static String pathOfValueRead(JsonReader reader) {
    String path = reader.getPath();
    int open = path.lastIndexOf('[');
    if (path.endsWith("]") && open >= 0) {
      try {
        int next = Integer.parseInt(path.substring(open + 1, path.length() - 1));
        return path.substring(0, open + 1) + (next - 1) + "]";
      } catch (NumberFormatException notAnIndex) {
        return path;
      }
    }
    return path;
  }

  private static long parse(String text, JsonReader reader) {
    if (isWholeNumber(text)) {
      int point = text.indexOf('.');
      try {
        return Long.parseLong(point < 0 ? text : text.substring(0, point));
      } catch (NumberFormatException outOfRange) {
        // falls through to the message below
      }
    }
    throw new JsonDataException("Expected a 64-bit whole number but was \"" + shorten(text) + "\" at path "
        + pathOfValueRead(reader));
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
