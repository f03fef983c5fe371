package io.github.helpdeskfaq.mirror;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The values of a document {@link JsonReader} read, each as the type a file of the mirror must hold there, or an
 * {@link IllegalArgumentException} that names what is wrong and where ({@code what}), for the reader to report.
 */
final class JsonFields {

  private JsonFields() {}

  static Map<?, ?> object(Object value, String what) {
    if (value instanceof Map<?, ?> object) {
      return object;
    }
    throw new IllegalArgumentException(what + " is not an object");
  }

  /** The array that a member holds; an absent member holds none. */
  static List<?> array(Map<?, ?> object, String name) {
    Object value = object.containsKey(name) ? object.get(name) : List.of();
    if (value instanceof List<?> array) {
      return array;
    }
    throw new IllegalArgumentException(name + " is not an array");
  }

  static String string(Object value, String what) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException(what + " is not a string: " + value);
  }

  static long longValue(Object value, String what) {
    if (value instanceof BigDecimal number) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException notWhole) {
        throw new IllegalArgumentException(what + " is not a whole number: " + number, notWhole);
      }
    }
    throw new IllegalArgumentException(what + " is not a number: " + value);
  }

  static int intValue(BigDecimal number, String what) {
    long value = longValue(number, what);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
