package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the simulator's answers in Feishu's wire format: every answer in the envelope
 * {@code {"code":0,"msg":"...","data":{...}}}. An absent field is left out; lists are always written. Each shape
 * names the platform's document it comes from.
 */
final class WireFormat {

  private WireFormat() {}

  /** "Get a FAQ" ({@code GET /open-apis/helpdesk/v1/faqs/:id}): {@code data.faq}. */
  static byte[] faqDetail(Faq faq) {
    JsonOut json = envelope("success").name("data").beginObject().name("faq");
    faq(json, faq);
    return json.endObject().endObject().toBytes();
  }

  /**
   * "List FAQs" ({@code GET /open-apis/helpdesk/v1/faqs}) with its {@code total}, or "search FAQs"
   * ({@code GET .../faqs/search}) without: {@code has_more}, {@code page_token} when there is a next page,
   * {@code page_size} (how many this page holds), {@code items}.
   */
  static byte[] page(Page<Faq> page, boolean withTotal) {
    JsonOut json = envelope("success").name("data").beginObject().name("has_more").value(page.hasMore());
    Optional<PageCursor> next = page.next();
    if (next.isPresent()) {
      json.name("page_token").value(next.get().value());
    }
    json.name("page_size").value(page.items().size());
    if (withTotal) {
      json.name("total").value(page.total().orElse(page.items().size()));
    }
    json.name("items").beginArray();
    page.items().forEach(faq -> faq(json, faq));
    return json.endArray().endObject().endObject().toBytes();
  }

  /** "List categories" ({@code GET /open-apis/helpdesk/v1/categories}): {@code data.categories}, nested. */
  static byte[] categoryTree(List<CategoryNode> tree) {
    JsonOut json = envelope("success").name("data").beginObject().name("categories");
    nodes(json, tree);
    return json.endObject().endObject().toBytes();
  }

  /** "Get a category" ({@code GET /open-apis/helpdesk/v1/categories/:id}): flat in {@code data}, no parent. */
  static byte[] category(Category category) {
    JsonOut json = envelope("success").name("data").beginObject();
    string(json, "category_id", category.id().map(CategoryId::value));
    string(json, "id", category.legacyId());
    string(json, "name", category.name());
    string(json, "helpdesk_id", category.helpdeskId().map(HelpdeskId::value));
    string(json, "language", category.language());
    return json.endObject().endObject().toBytes();
  }

  /** A create's answer: the thing created under {@code data.<name>} ("创建知识库", "创建知识库分类"). */
  static SimulatedAnswer created(String name, Consumer<JsonOut> thing) {
    JsonOut json = envelope("success").name("data").beginObject().name(name);
    thing.accept(json);
    return FeishuResponses.json(200, json.endObject().endObject().toBytes());
  }

  /** The answer of an update or a delete: {@code data} empty. */
  static byte[] emptyData() {
    return envelope("success").name("data").beginObject().endObject().endObject().toBytes();
  }

  /** "Get tenant_access_token (self-built app)": flat, not under {@code data}. */
  static byte[] tenantToken(String token, long expireSeconds) {
    return envelope("ok").name("tenant_access_token").value(token).name("expire").value(expireSeconds)
        .endObject().toBytes();
  }

  /** An error answer of any endpoint: {@code {"code":code,"msg":msg}}. */
  static byte[] error(long code, String msg) {
    return new JsonOut().beginObject().name("code").value(code).name("msg").value(msg).endObject().toBytes();
  }

  private static JsonOut envelope(String msg) {
    return new JsonOut().beginObject().name("code").value(0).name("msg").value(msg);
  }

  /** A FAQ as the FAQ detail's {@code faq} and the list's {@code items} hold it. */
  static void faq(JsonOut json, Faq faq) {
    json.beginObject().name("faq_id").value(faq.id().value());
    string(json, "id", faq.legacyId());
    string(json, "helpdesk_id", faq.helpdeskId().map(HelpdeskId::value));
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
    faq.categories().forEach(category -> categoryObject(json, category));
    json.endArray();
    json.name("tags").beginArray();
    faq.tags().forEach(json::value);
    json.endArray();
    user(json, "create_user", faq.createUser());
    user(json, "update_user", faq.updateUser());
    json.endObject();
  }

  /** An element of {@code answer_richtext}, in the shapes of the helpdesk's rich-text document. */
  private static void element(JsonOut json, RichTextElement element) {
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
    } else if (element instanceof RichTextElement.Unknown unknown) {
      string(json, "type", unknown.type());
      unknown.fields().forEach((name, value) -> json.name(name).json(value));
    }
    json.endObject();
  }

  /** A category as a FAQ's {@code categories} hold it, and as a create answers it. */
  static void categoryObject(JsonOut json, Category category) {
    json.beginObject();
    categoryFields(json, category);
    json.endObject();
  }

  private static void nodes(JsonOut json, List<CategoryNode> nodes) {
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

  private static void categoryFields(JsonOut json, Category category) {
    string(json, "category_id", category.id().map(CategoryId::value));
    string(json, "id", category.legacyId());
    string(json, "name", category.name());
    string(json, "parent_id", category.parentId().map(CategoryId::value));
    string(json, "helpdesk_id", category.helpdeskId().map(HelpdeskId::value));
    string(json, "language", category.language());
  }

  private static void user(JsonOut json, String name, Optional<TicketUser> user) {
    if (user.isEmpty()) {
      return;
    }
    json.name(name).beginObject();
    string(json, "id", user.get().id().map(UserId::value));
    string(json, "avatar_url", user.get().avatarUrl());
    string(json, "name", user.get().name());
    string(json, "department", user.get().department());
    string(json, "city", user.get().city());
    string(json, "country", user.get().country());
    json.endObject();
  }

  private static void string(JsonOut json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.name(name).value(value.get());
    }
  }

  /** Unix seconds, as a number. */
  private static void time(JsonOut json, String name, Optional<Instant> value) {
    if (value.isPresent()) {
      json.name(name).value(value.get().getEpochSecond());
    }
  }
}
