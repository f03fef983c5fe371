package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonWriter;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okio.Buffer;

/**
 * Writes domain values as Feishu sends them, for seeding the simulated Feishu: a FAQ as the object of
 * {@code data.faq} and of a list's {@code items}, and categories as the tree's {@code data.categories}, children
 * nested under the category their {@code parent_id} names. Only what the tests' FAQs hold: text rich text.
 */
final class FeishuWire {

  private FeishuWire() {}

  static String faq(Faq faq) {
    return write(json -> {
      json.beginObject();
      json.name("faq_id").value(faq.id().value());
      string(json, "id", faq.legacyId());
      string(json, "helpdesk_id", faq.helpdeskId().map(Object::toString));
      string(json, "question", faq.question());
      string(json, "answer", faq.answer());
      json.name("answer_richtext").beginArray();
      for (RichTextElement element : faq.answerRichText()) {
        json.beginObject().name("type").value("text")
            .name("content").value(((RichTextElement.Text) element).content()).endObject();
      }
      json.endArray();
      time(json, "create_time", faq.createTime());
      time(json, "update_time", faq.updateTime());
      json.name("categories").beginArray();
      for (Category category : faq.categories()) {
        category(json, category, null);
      }
      json.endArray();
      json.name("tags").beginArray();
      for (String tag : faq.tags()) {
        json.value(tag);
      }
      json.endArray();
      json.endObject();
    });
  }

  /** The tree of {@code categories}, where each one's parent comes before it. */
  static String categoryTree(List<Category> categories) {
    return write(json -> children(json, categories, "0"));
  }

  private static void children(JsonWriter json, List<Category> categories, String parent) throws IOException {
    json.beginArray();
    for (Category category : categories) {
      if (category.parentId().map(Object::toString).orElse("0").equals(parent)) {
        category(json, category, categories);
      }
    }
    json.endArray();
  }

  private static void category(JsonWriter json, Category category, List<Category> all) throws IOException {
    json.beginObject();
    string(json, "category_id", category.id().map(Object::toString));
    string(json, "id", category.legacyId());
    string(json, "name", category.name());
    string(json, "parent_id", category.parentId().map(Object::toString));
    string(json, "helpdesk_id", category.helpdeskId().map(Object::toString));
    string(json, "language", category.language());
    if (all != null) {
      json.name("children");
      children(json, all, category.id().orElseThrow().value());
    }
    json.endObject();
  }

  private static void string(JsonWriter json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.name(name).value(value.get());
    }
  }

  private static void time(JsonWriter json, String name, Optional<Instant> value) throws IOException {
    if (value.isPresent()) {
      json.name(name).value(value.get().getEpochSecond());
    }
  }

  private static String write(Writing writing) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      writing.write(json);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return buffer.readUtf8();
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonWriter json) throws IOException;
  }
}
