package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code answer_richtext} in both shapes that gateways send: the array itself
 * ({@code [{"type":"text","content":"..."}]}), or a JSON string that holds the array, encoded
 * ({@code "[{\"type\":\"text\",...}]"}). {@code null}, a blank string and a string holding {@code null} are an empty
 * list. Each object element becomes a {@link RichTextDto} with every member kept, in order, numbers as their exact
 * value ({@code Long}, else {@code BigDecimal}), so that an element of any type, documented or not, is read without
 * failing. A {@code null} element is dropped, as in every list; an element that is not an object (a bare string or
 * number) carries no type or field to keep and is dropped with a DEBUG log. Anything else where the array belongs,
 * a string that does not hold an array, or a number that no {@code BigDecimal} can hold ({@code 1e9999999999}), is
 * refused with a {@link JsonDataException} that names the path.
 */
final class RichTextListAdapter extends JsonAdapter<List<RichTextDto>> {

  static final Type RICH_TEXT_LIST = Types.newParameterizedType(List.class, RichTextDto.class);

  /** Applies to {@code List<RichTextDto>} only. */
  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Types.equals(type, RICH_TEXT_LIST)) {
        return null;
      }
      return INSTANCE;
    }
  };

  private static final RichTextListAdapter INSTANCE = new RichTextListAdapter();
  private static final Logger LOG = LoggerFactory.getLogger(RichTextListAdapter.class);

  private RichTextListAdapter() {}

  @Override
  public List<RichTextDto> fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    if (token == JsonReader.Token.BEGIN_ARRAY) {
      return readElements(reader);
    }
    String path = reader.getPath();
    if (token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected rich text (an array, or a string holding one) but was " + token
          + " at path " + path);
    }
    String encoded = reader.nextString();
    return encoded.isBlank() ? List.of() : readEncoded(encoded, path);
  }

  private static List<RichTextDto> readEncoded(String encoded, String path) {
    try {
      JsonReader inner = JsonReader.of(new Buffer().writeUtf8(encoded));
      List<RichTextDto> elements;
      if (inner.peek() == JsonReader.Token.NULL) {
        inner.nextNull();
        elements = List.of();
      } else if (inner.peek() == JsonReader.Token.BEGIN_ARRAY) {
        elements = readElements(inner);
      } else {
        throw new JsonDataException("it starts with " + inner.peek());
      }
      if (inner.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("more data follows the array");
      }
      return elements;
    } catch (IOException | JsonDataException notAnArray) {
      throw new JsonDataException("Expected rich text (an array, or a string holding one) at path " + path
          + ", but the string holds something else: " + notAnArray.getMessage(), notAnArray);
    }
  }

  private static List<RichTextDto> readElements(JsonReader reader) throws IOException {
    List<RichTextDto> elements = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.BEGIN_OBJECT) {
        elements.add(new RichTextDto(readObject(reader)));
      } else if (token == JsonReader.Token.NULL) {
        reader.nextNull();
      } else {
        LOG.debug("dropped a rich-text element that is not an object ({}) at {}", token, reader.getPath());
        reader.skipValue();
      }
    }
    reader.endArray();
    return List.copyOf(elements);
  }

  private static Map<String, Object> readObject(JsonReader reader) throws IOException {
    Map<String, Object> members = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      members.put(name, readValue(reader));
    }
    reader.endObject();
    return members;
  }

  private static Object readValue(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_OBJECT -> readObject(reader);
      case BEGIN_ARRAY -> readArray(reader);
      case STRING -> reader.nextString();
      case NUMBER -> number(reader.nextString(), reader);
      case BOOLEAN -> reader.nextBoolean();
      case NULL -> reader.nextNull();
      default -> throw new JsonDataException("Unexpected " + reader.peek() + " at path " + reader.getPath());
    };
  }

  private static List<Object> readArray(JsonReader reader) throws IOException {
    List<Object> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(readValue(reader));
    }
    reader.endArray();
    return values;
  }

  /**
   * A number's exact value: a {@code Long} when it is an integer that fits, else a {@code BigDecimal}. A number whose
   * exponent no {@code BigDecimal} can hold ({@code 1e9999999999}) is refused with a {@link JsonDataException}.
   */
  private static Number number(String literal, JsonReader reader) {
    try {
      return Long.parseLong(literal);
    } catch (NumberFormatException notALong) {
      try {
        return new BigDecimal(literal);
      } catch (NumberFormatException tooLarge) {
        throw new JsonDataException("Expected a number with an exponent a decimal can hold but was "
            + (literal.length() <= 40 ? literal : literal.substring(0, 40) + "...") + " at path "
            + LenientLongAdapter.pathOfValueRead(reader));
      }
    }
  }

  @Override
  public void toJson(JsonWriter writer, List<RichTextDto> value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginArray();
    for (RichTextDto element : value) {
      writer.jsonValue(element.members);
    }
    writer.endArray();
  }

  @Override
  public String toString() {
    return "RichTextListAdapter";
  }
}
