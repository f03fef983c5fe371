package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.RichTextElement.Hyperlink;
import io.github.helpdeskfaq.domain.RichTextElement.Image;
import io.github.helpdeskfaq.domain.RichTextElement.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code answer_richtext} as the Feishu adapter does: the array itself, or a string holding it
 * ({@code null}, a blank string and a string holding {@code null} are empty). Elements take the shapes of the
 * helpdesk's rich-text document: {@code text} ({@code content}; empty or missing is a line break), {@code hyperlink}
 * ({@code text}, {@code url}) and {@code img} ({@code key}, {@code src}, {@code width}, {@code height}), each field a
 * string or a number kept as its text. Anything else (another type, no type, a documented field of another kind) is
 * an unknown element that keeps its type and fields, numbers as a {@code Long} or else a {@code BigDecimal}. A
 * {@code null} element, or one that is not an object, is dropped.
 */
final class RichTextDocuments {

  private static final String TYPE = "type";

  private RichTextDocuments() {}

  static List<RichTextElement> elements(Object value, String path) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof String encoded) {
      return encoded.isBlank() ? List.of() : encoded(encoded, path);
    }
    if (!(value instanceof List<?> elements)) {
      throw new IllegalArgumentException("expected rich text (an array, or a string holding one) but was "
          + FaqDocuments.kind(value) + " at path " + path);
    }
    List<RichTextElement> read = new ArrayList<>();
    for (Object element : elements) {
      if (element instanceof Map<?, ?> members) {
        read.add(element(jsonObject(members)));
      }
    }
    return read;
  }

  private static List<RichTextElement> encoded(String encoded, String path) {
    Object inner;
    try {
      inner = JsonIn.read(encoded);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException("expected rich text (an array, or a string holding one) at path " + path
          + ", but the string holds something else: " + malformed.getMessage(), malformed);
    }
    if (inner != null && !(inner instanceof List<?>)) {
      throw new IllegalArgumentException("expected rich text (an array, or a string holding one) at path " + path
          + ", but the string holds " + FaqDocuments.kind(inner));
    }
    return elements(inner, path);
  }

  private static RichTextElement element(Map<String, Object> members) {
    Object type = members.get(TYPE);
    if (Text.TYPE.equals(type) && readable(members, "content")) {
      return RichTextElement.text(string(members, "content").orElse(""));
    }
    if (Hyperlink.TYPE.equals(type) && readable(members, "text", "url")) {
      return new Hyperlink(string(members, "text"), string(members, "url"));
    }
    if (Image.TYPE.equals(type) && readable(members, "key", "src", "width", "height")) {
      return new Image(string(members, "key"), string(members, "src"), string(members, "width"),
          string(members, "height"));
    }
    if (!(type instanceof String name)) {
      return new RichTextElement.Unknown(Optional.empty(), members);
    }
    Map<String, Object> fields = new LinkedHashMap<>(members);
    fields.remove(TYPE);
    return new RichTextElement.Unknown(Optional.of(name), fields);
  }

  private static boolean readable(Map<String, Object> members, String... fields) {
    for (String field : fields) {
      Object value = members.get(field);
      if (value != null && !(value instanceof String) && !(value instanceof Number)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> string(Map<String, Object> members, String field) {
    Object value = members.get(field);
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal.toString());
    }
    return Optional.ofNullable(value).map(Object::toString);
  }

  /** An element's members as JSON values of the domain: numbers as a {@code Long}, else a {@code BigDecimal}. */
  private static Map<String, Object> jsonObject(Map<?, ?> members) {
    Map<String, Object> values = new LinkedHashMap<>();
    members.forEach((name, value) -> values.put((String) name, jsonValue(value)));
    return values;
  }

  private static Object jsonValue(Object value) {
    if (value instanceof JsonIn.NumberLiteral number) {
      try {
        return Long.parseLong(number.literal());
      } catch (NumberFormatException notALong) {
        return new BigDecimal(number.literal());
      }
    }
    if (value instanceof Map<?, ?> object) {
      return jsonObject(object);
    }
    if (value instanceof List<?> list) {
      List<Object> values = new ArrayList<>(list.size());
      list.forEach(element -> values.add(jsonValue(element)));
      return values;
    }
    return value;
  }
}
