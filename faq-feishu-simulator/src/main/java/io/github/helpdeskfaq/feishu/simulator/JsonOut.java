package io.github.helpdeskfaq.feishu.simulator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A streaming JSON writer (RFC 8259) into memory: names and values in the order written, commas and escapes
 * handled, nothing checked beyond that. The JDK has no JSON writer and the simulator takes no library for one.
 */
final class JsonOut {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(256);
  private boolean comma;

  JsonOut beginObject() {
    separate();
    out.append('{');
    return this;
  }

  JsonOut endObject() {
    out.append('}');
    comma = true;
    return this;
  }

  JsonOut beginArray() {
    separate();
    out.append('[');
    return this;
  }

  JsonOut endArray() {
    out.append(']');
    comma = true;
    return this;
  }

  JsonOut name(String name) {
    separate();
    quote(name);
    out.append(':');
    return this;
  }

  JsonOut value(String value) {
    separate();
    quote(value);
    comma = true;
    return this;
  }

  JsonOut value(long value) {
    separate();
    out.append(value);
    comma = true;
    return this;
  }

  JsonOut value(boolean value) {
    separate();
    out.append(value);
    comma = true;
    return this;
  }

  JsonOut nullValue() {
    separate();
    out.append("null");
    comma = true;
    return this;
  }

  /**
   * Writes a JSON value held in Java: {@code null}, a {@code String}, a {@code Boolean}, a whole or decimal
   * {@code Number}, or a {@code List} or {@code Map<String, ?>} of them (the shapes of an unknown rich-text element).
   *
   * @throws IllegalArgumentException for anything else, or a number JSON cannot hold
   */
  JsonOut json(Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof String text) {
      return value(text);
    }
    if (value instanceof Boolean bool) {
      return value(bool.booleanValue());
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof List<?> list) {
      beginArray();
      list.forEach(this::json);
      return endArray();
    }
    if (value instanceof Map<?, ?> map) {
      beginObject();
      map.forEach((name, field) -> name(String.valueOf(name)).json(field));
      return endObject();
    }
    throw new IllegalArgumentException("not a JSON value: a " + value.getClass().getName());
  }

  /** The JSON written, as UTF-8. */
  byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonOut number(Number number) {
    String literal;
    if (number instanceof BigDecimal decimal) {
      literal = decimal.toString();
    } else if (number instanceof Double || number instanceof Float) {
      double real = number.doubleValue();
      if (Double.isNaN(real) || Double.isInfinite(real)) {
        throw new IllegalArgumentException("JSON cannot hold " + real);
      }
      literal = number.toString();
    } else if (number instanceof Long || number instanceof Integer || number instanceof Short
        || number instanceof Byte || number instanceof BigInteger) {
      literal = number.toString();
    } else {
      throw new IllegalArgumentException("not a JSON number: a " + number.getClass().getName());
    }
    separate();
    out.append(literal);
    comma = true;
    return this;
  }

  private void separate() {
    if (comma) {
      out.append(',');
      comma = false;
    }
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Control characters must be escaped; U+2028 and U+2029 are, too, for readers that are JavaScript.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
