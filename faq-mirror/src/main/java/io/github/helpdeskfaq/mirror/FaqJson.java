package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * FAQs and categories as JSON, with the field names of Feishu's FAQ detail ({@code faq_id}, {@code question},
 * {@code answer_richtext}, {@code create_time}, ...): one object per FAQ, as a mirror's {@code faqs.jsonl} holds them
 * one per line. UTF-8; JSON strings escape only what JSON requires (and U+2028, U+2029).
 *
 * <p>The keys are stable: a field that the FAQ does not have is written as {@code null} (lists as {@code []}), never
 * left out, so that a reader can rely on every key being there. Times are ISO-8601 UTC strings
 * ({@link Instant#toString()}), not Feishu's Unix seconds. A rich-text element of an unknown kind keeps its type and
 * fields as they came.
 *
 * <p>Every method writes to a stream and flushes it; a stream that fails is an {@link UncheckedIOException}.
 */
public final class FaqJson {

  private static final String INDENT = "  ";

  private FaqJson() {}

  /**
   * Writes a FAQ as one object, indented by two spaces a level, and a line feed.
   *
   * @param faq the FAQ
   * @param out where to write it
   */
  public static void write(Faq faq, OutputStream out) {
    StringBuilder text = new StringBuilder();
    faq(new JsonWriter(text, INDENT), faq);
    send(text.append('\n'), out);
  }

  /**
   * Writes a FAQ as the same object as {@link #write}, on one line without spaces, and a line feed: a line of JSON
   * Lines.
   *
   * @param faq the FAQ
   * @param out where to write it
   */
  public static void writeLine(Faq faq, OutputStream out) {
    send(new StringBuilder(line(faq)), out);
  }

  /**
   * Writes a category tree as one array of its top-level categories, indented as {@link #write} indents, and a line
   * feed. Each category has Feishu's field names ({@code category_id}, {@code name}, {@code parent_id}, ...) and its
   * {@code children}, an array, empty for a leaf.
   *
   * @param tree the top-level categories
   * @param out where to write it
   */
  public static void writeCategoryTree(List<CategoryNode> tree, OutputStream out) {
    StringBuilder text = new StringBuilder();
    nodes(new JsonWriter(text, INDENT), tree);
    send(text.append('\n'), out);
  }

  /**
   * Begins an array of FAQs, indented as {@link #write} indents, to write as the FAQs come: its opening bracket is
   * written at once, each FAQ when it is {@linkplain ArrayWriter#add added}.
   *
   * @param out where to write it
   * @return the array, to add the FAQs to and then {@linkplain ArrayWriter#end end}
   */
  public static ArrayWriter arrayWriter(OutputStream out) {
    return new ArrayWriter(out);
  }

  /** An array of FAQs being written, a FAQ at a time. Not thread-safe. */
  public static final class ArrayWriter {
    private final StringBuilder text = new StringBuilder();
    private final JsonWriter json = new JsonWriter(text, INDENT);
    private final OutputStream out;

    private ArrayWriter(OutputStream out) {
      this.out = Objects.requireNonNull(out, "out");
      json.beginArray();
      flush();
    }

    /**
     * Writes the next FAQ of the array.
     *
     * @param faq the FAQ
     */
    public void add(Faq faq) {
      faq(json, faq);
      flush();
    }

    /** Ends the array, and its line. */
    public void end() {
      json.endArray();
      text.append('\n');
      flush();
    }

    private void flush() {
      send(text, out);
      text.setLength(0);
    }
  }

  /** A FAQ as a line of JSON Lines, with its line feed. */
  static String line(Faq faq) {
    StringBuilder text = new StringBuilder();
    faq(new JsonWriter(text, ""), faq);
    return text.append('\n').toString();
  }

  private static void send(CharSequence text, OutputStream out) {
    try {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException writeFailed) {
      throw new UncheckedIOException(writeFailed);
    }
  }

  private static void faq(JsonWriter json, Faq faq) {
    json.beginObject();
    json.name("faq_id").value(faq.id().value());
    string(json, "id", faq.legacyId());
    string(json, "helpdesk_id", faq.helpdeskId().map(Object::toString));
    string(json, "question", faq.question());
    string(json, "answer", faq.answer());
    json.name("answer_richtext").beginArray();
    faq.answerRichText().forEach(element -> element(json, element));
    json.endArray();
    string(json, "content", faq.content());
    string(json, "type", faq.type());
    time(json, "create_time", faq.createTime());
    time(json, "update_time", faq.updateTime());
    time(json, "expire_time", faq.expireTime());
    json.name("categories").beginArray();
    for (Category category : faq.categories()) {
      json.beginObject();
      categoryFields(json, category);
      json.endObject();
    }
    json.endArray();
    json.name("tags").beginArray();
    faq.tags().forEach(json::value);
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
  private static void element(JsonWriter json, RichTextElement element) {
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
      unknown.type().ifPresent(type -> json.name("type").value(type));
      for (Map.Entry<String, Object> field : unknown.fields().entrySet()) {
        json.name(field.getKey()).jsonValue(field.getValue());
      }
    }
    json.endObject();
  }

  private static void nodes(JsonWriter json, List<CategoryNode> nodes) {
    json.beginArray();
    for (CategoryNode node : nodes) {
      json.beginObject();
      categoryFields(json, node.category());
      json.name("children");
      nodes(json, node.children());
      json.endObject();
    }
    json.endArray();
  }

  private static void categoryFields(JsonWriter json, Category category) {
    string(json, "category_id", category.id().map(Object::toString));
    string(json, "id", category.legacyId());
    string(json, "name", category.name());
    string(json, "parent_id", category.parentId().map(Object::toString));
    string(json, "helpdesk_id", category.helpdeskId().map(Object::toString));
    string(json, "language", category.language());
  }

  private static void user(JsonWriter json, String name, Optional<TicketUser> user) {
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

  private static void time(JsonWriter json, String name, Optional<Instant> time) {
    string(json, name, time.map(InstantText::format));
  }

  private static void string(JsonWriter json, String name, Optional<String> value) {
    json.name(name).value(value.orElse(null));
  }
}
