package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonWriter;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import okio.BufferedSink;
import okio.Okio;

/**
 * The machine-readable view of {@code get --format json}: one UTF-8 JSON object with the field names of Feishu's
 * FAQ detail ({@code faq_id}, {@code question}, {@code answer_richtext}, {@code create_time}, ...).
 *
 * <p>The keys are stable: a field that the FAQ does not have is written as {@code null} (lists as {@code []}),
 * never left out, so that a reader can rely on every key being there. Times are ISO-8601 UTC strings
 * ({@link Instant#toString()}), not Feishu's Unix seconds.
 */
final class JsonRenderer {

  /** Writes one FAQ as an indented JSON object and a line feed: the view of {@code get --format json}. */
  void render(Faq faq, OutputStream out) {
    write(faq, out, "  ");
  }

  /**
   * Writes one FAQ as a JSON object on one line, and a line feed: the same object as {@link #render}, without the
   * indentation, for JSON Lines.
   */
  void renderLine(Faq faq, OutputStream out) {
    write(faq, out, "");
  }

  private static void write(Faq faq, OutputStream out, String indent) {
    // Not closed: closing the writer would close the caller's stream (standard output).
    BufferedSink sink = Okio.buffer(Okio.sink(out));
    try {
      JsonWriter json = JsonWriter.of(sink);
      json.setIndent(indent);
      json.setSerializeNulls(true);
      faq(json, faq);
      json.flush();
      sink.writeUtf8("\n");
      sink.flush();
    } catch (IOException writeFailed) {
      throw new UncheckedIOException(writeFailed);
    }
  }

  /** Writes one FAQ as a JSON object with Feishu's field names, into a writer that may hold more. */
  static void faq(JsonWriter json, Faq faq) throws IOException {
    json.beginObject();
    json.name("faq_id").value(faq.id().value());
    string(json, "id", faq.legacyId());
    string(json, "helpdesk_id", faq.helpdeskId().map(Object::toString));
    string(json, "question", faq.question());
    string(json, "answer", faq.answer());
    json.name("answer_richtext").beginArray();
    for (RichTextElement element : faq.answerRichText()) {
      element(json, element);
    }
    json.endArray();
    string(json, "content", faq.content());
    string(json, "type", faq.type());
    time(json, "create_time", faq.createTime());
    time(json, "update_time", faq.updateTime());
    time(json, "expire_time", faq.expireTime());
    json.name("categories").beginArray();
    for (Category category : faq.categories()) {
      category(json, category);
    }
    json.endArray();
    json.name("tags").beginArray();
    for (String tag : faq.tags()) {
      json.value(tag);
    }
    json.endArray();
    user(json, "create_user", faq.createUser());
    user(json, "update_user", faq.updateUser());
    json.endObject();
  }

  /**
   * An element with Feishu's field names: {@code type} and {@code content}; {@code text} and {@code url};
   * {@code key}, {@code src}, {@code width} and {@code height} (an absent one {@code null}); an unknown element's
   * type and fields exactly as they came.
   */
  private static void element(JsonWriter json, RichTextElement element) throws IOException {
    json.beginObject();
    if (element instanceof RichTextElement.Text text) {
      json.name("type").value(RichTextElement.Text.TYPE).name("content").value(text.content());
    } else if (element instanceof RichTextElement.LineBreak) {
      json.name("type").value(RichTextElement.LineBreak.TYPE).name("content").value("");
    } else if (element instanceof RichTextElement.Hyperlink link) {
      json.name("type").value(RichTextElement.Hyperlink.TYPE);
      string(json, "text", link.text());
      string(json, "url", link.url());
    } else if (element instanceof RichTextElement.Image image) {
      json.name("type").value(RichTextElement.Image.TYPE);
      string(json, "key", image.rawKey());
      string(json, "src", image.src());
      string(json, "width", image.width());
      string(json, "height", image.height());
    } else {
      RichTextElement.Unknown unknown = (RichTextElement.Unknown) element;
      if (unknown.type().isPresent()) {
        json.name("type").value(unknown.type().get());
      }
      for (Map.Entry<String, Object> field : unknown.fields().entrySet()) {
        json.name(field.getKey()).jsonValue(field.getValue());
      }
    }
    json.endObject();
  }

  private static void category(JsonWriter json, Category category) throws IOException {
    json.beginObject();
    categoryFields(json, category);
    json.endObject();
  }

  /** A category's fields with Feishu's names, into an object the caller has begun. */
  static void categoryFields(JsonWriter json, Category category) throws IOException {
    string(json, "category_id", category.id().map(Object::toString));
    string(json, "id", category.legacyId());
    string(json, "name", category.name());
    string(json, "parent_id", category.parentId().map(Object::toString));
    string(json, "helpdesk_id", category.helpdeskId().map(Object::toString));
    string(json, "language", category.language());
  }

  private static void user(JsonWriter json, String name, Optional<TicketUser> user) throws IOException {
    json.name(name);
    if (user.isEmpty()) {
      json.nullValue();
      return;
    }
    TicketUser present = user.get();
    json.beginObject();
    string(json, "id", present.id().map(Object::toString));
    string(json, "avatar_url", present.avatarUrl());
    string(json, "name", present.name());
    string(json, "department", present.department());
    string(json, "city", present.city());
    string(json, "country", present.country());
    json.endObject();
  }

  private static void time(JsonWriter json, String name, Optional<Instant> time) throws IOException {
    string(json, name, time.map(InstantText::format));
  }

  private static void string(JsonWriter json, String name, Optional<String> value) throws IOException {
    json.name(name).value(value.orElse(null));
  }
}
