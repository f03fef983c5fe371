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
import java.util.List;
import java.util.Set;

/**
 * Reads {@code answer_richtext} in both shapes that gateways send: the array itself
 * ({@code [{"type":"text","content":"..."}]}), or a JSON string that holds the array, encoded
 * ({@code "[{\"type\":\"text\",...}]"}). A blank string is an empty list; a string that does not hold such an
 * array is refused with a {@link JsonDataException} that names the path. The array is read by the next adapter in
 * line (so {@code null} and {@code null} elements are handled as for every list). Writes the array.
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
      return new RichTextListAdapter(moshi.nextAdapter(this, type, annotations));
    }
  };

  private final JsonAdapter<List<RichTextDto>> delegate;

  private RichTextListAdapter(JsonAdapter<List<RichTextDto>> delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<RichTextDto> fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      return delegate.fromJson(reader);
    }
    String path = reader.getPath();
    String encoded = reader.nextString();
    if (encoded.isBlank()) {
      return List.of();
    }
    try {
      List<RichTextDto> elements = delegate.fromJson(encoded);
      return elements == null ? List.of() : elements;
    } catch (IOException | JsonDataException notAnArray) {
      throw new JsonDataException("Expected rich text (an array, or a string holding one) at path " + path
          + ", but the string holds something else: " + notAnArray.getMessage(), notAnArray);
    }
  }

  @Override
  public void toJson(JsonWriter writer, List<RichTextDto> value) throws IOException {
    delegate.toJson(writer, value);
  }

  @Override
  public String toString() {
    return "RichTextListAdapter(" + delegate + ")";
  }
}
