package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads every {@code List} field leniently: {@code null} is an empty list, and {@code null} elements are dropped
 * (a list in the domain never holds null). A missing list stays at the DTO's initial value, an empty list. The
 * elements themselves are read by the next adapter in line.
 */
final class NullToEmptyListAdapter<E> extends JsonAdapter<List<E>> {

  /** Applies to any unqualified {@code List<...>} type. */
  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || Types.getRawType(type) != List.class) {
        return null;
      }
      return new NullToEmptyListAdapter<>(moshi.<List<Object>>nextAdapter(this, type, annotations));
    }
  };

  private final JsonAdapter<List<E>> delegate;

  private NullToEmptyListAdapter(JsonAdapter<List<E>> delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<E> fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    List<E> elements = delegate.fromJson(reader);
    if (elements == null) {
      return List.of();
    }
    // Loops, not a stream: this runs for every list of every answer, and almost never finds a null.
    for (E element : elements) {
      if (element == null) {
        List<E> kept = new ArrayList<>(elements.size());
        for (E candidate : elements) {
          if (candidate != null) {
            kept.add(candidate);
          }
        }
        return List.copyOf(kept);
      }
    }
    return List.copyOf(elements);
  }

  @Override
  public void toJson(JsonWriter writer, List<E> value) throws IOException {
    delegate.toJson(writer, value);
  }

  @Override
  public String toString() {
    return delegate + ".nullToEmpty()";
  }
}
