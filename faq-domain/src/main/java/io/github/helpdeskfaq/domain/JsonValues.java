package io.github.helpdeskfaq.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, immutable copies of JSON values as {@link RichTextElement.Unknown} keeps them; see there for what a JSON value
 * is. Anything else is refused with an {@link IllegalArgumentException} naming where it was found.
 */
final class JsonValues {

  private JsonValues() {}

  static Map<String, Object> copyObject(Map<?, ?> object, String where) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> member : object.entrySet()) {
      if (!(member.getKey() instanceof String name)) {
        throw new IllegalArgumentException(where + " has a key that is not a string: " + member.getKey());
      }
      copy.put(name, copy(member.getValue(), where + "." + name));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object copy(Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean || isIntegral(value)
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException(where + " is " + number + ", which JSON cannot hold");
      }
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(list.get(i), where + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> object) {
      return copyObject(object, where);
    }
    throw new IllegalArgumentException(where + " is a " + value.getClass().getName() + ", not a JSON value");
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger;
  }
}
