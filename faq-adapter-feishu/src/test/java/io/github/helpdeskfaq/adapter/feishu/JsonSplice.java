package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Replaces one value of a JSON document, named by its Moshi path ({@code $.data.faq.tags[1]}), with any JSON text,
 * copying everything else as written (numbers keep their literal form): for the property tests that put generated
 * values into a known-good document.
 */
final class JsonSplice {

  private JsonSplice() {}

  /** The path of every value in the document, the document itself ({@code $}) included, in document order. */
  static List<String> paths(String json) {
    List<String> paths = new ArrayList<>();
    splice(json, null, null, paths);
    return List.copyOf(paths);
  }

  /** The document with the value at {@code path} replaced by {@code replacement}, written as it is. */
  static String replace(String json, String path, String replacement) {
    return splice(json, path, replacement, new ArrayList<>());
  }

  private static String splice(String json, String path, String replacement, List<String> paths) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Buffer out = new Buffer();
      try (JsonWriter writer = JsonWriter.of(out)) {
        copy(reader, writer, path, replacement, paths);
      }
      return out.readUtf8();
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }

  private static void copy(JsonReader reader, JsonWriter writer, String path, String replacement,
      List<String> paths) throws IOException {
    String here = reader.getPath();
    paths.add(here);
    if (here.equals(path)) {
      reader.skipValue();
      writer.value(new Buffer().writeUtf8(replacement));
      return;
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copy(reader, writer, path, replacement, paths);
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copy(reader, writer, path, replacement, paths);
        }
        reader.endArray();
        writer.endArray();
      }
      default -> {
        try (BufferedSource value = reader.nextSource()) {
          writer.value(value);
        }
      }
    }
  }
}
