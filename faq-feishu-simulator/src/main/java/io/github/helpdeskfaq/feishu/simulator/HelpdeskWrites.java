package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The helpdesk's write endpoints, written through the served {@link FakeHelpdesk}'s writer, with the bodies of the
 * platform's documents ("创建知识库" and "修改知识库", https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/create
 * and .../faq/patch, whose {@code faq} is a {@code faq_update_info}; "创建知识库分类" and "更新知识库分类",
 * .../category/create and .../category/patch; the deletes take no body):
 * <ul>
 *   <li>{@code POST faqs} with {@code {"faq":{question, answer, answer_richtext, category_id, tags}}}: the
 *       created FAQ as the FAQ detail's {@code data.faq}. {@code answer_richtext} is a string holding the JSON
 *       array, as documented; an array in its place is refused.</li>
 *   <li>{@code PATCH faqs/:id} with the fields to change; {@code DELETE faqs/:id}; the same for categories, whose
 *       create answers {@code data.category}. An empty {@code data} otherwise.</li>
 *   <li>What the domain or the fake refuses is 400 with 154000; an id it does not hold is 404 with 154004.</li>
 * </ul>
 * {@link #loseNextAnswers} makes the next writes happen and their connections drop before any answer. Thread-safe.
 */
final class HelpdeskWrites {

  private final Supplier<FakeHelpdesk> content;
  private final AtomicInteger answersToLose = new AtomicInteger();
  private final AtomicLong writes = new AtomicLong();

  HelpdeskWrites(Supplier<FakeHelpdesk> content) {
    this.content = content;
  }

  void loseNextAnswers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    answersToLose.set(count);
  }

  long writes() {
    return writes.get();
  }

  /** The answer to an authorized write under {@link HelpdeskEndpoints#PREFIX}. */
  SimulatedAnswer answer(SimulatedRequest request) {
    writes.incrementAndGet();
    List<String> path = request.pathSegments();
    List<String> rest = path.subList(Math.min(3, path.size()), path.size());
    String resource = rest.isEmpty() ? "" : rest.get(0);
    String method = request.method();
    SimulatedAnswer answer;
    try {
      answer = switch (resource + " " + method + " " + rest.size()) {
        case "faqs POST 1" -> WireFormat.created("faq", json -> WireFormat.faq(json,
            content.get().createFaq(newFaq(faqObject(request)))));
        case "faqs PATCH 2" -> done(content.get().updateFaq(FaqId.of(rest.get(1)), faqChange(faqObject(request))));
        case "faqs DELETE 2" -> done(content.get().deleteFaq(FaqId.of(rest.get(1))));
        case "categories POST 1" -> WireFormat.created("category", json -> WireFormat.categoryObject(json,
            content.get().createCategory(newCategory(object(request)))));
        case "categories PATCH 2" -> done(content.get().updateCategory(CategoryId.of(rest.get(1)),
            categoryChange(object(request))));
        case "categories DELETE 2" -> done(content.get().deleteCategory(CategoryId.of(rest.get(1))));
        default -> FeishuResponses.notFound();
      };
    } catch (FaqRepositoryException failure) {
      return FaultAnswers.of(failure);
    } catch (IllegalArgumentException refused) {
      return FeishuResponses.error(400, 154000, "invalid parameter: " + refused.getMessage());
    }
    return answer.status() == 200 && answersToLose.getAndUpdate(left -> Math.max(0, left - 1)) > 0
        ? SimulatedAnswer.disconnectAfterRequest() : answer;
  }

  private static SimulatedAnswer done(boolean found) {
    return found ? FeishuResponses.json(200, WireFormat.emptyData()) : FeishuResponses.notFound();
  }

  private static NewFaq newFaq(Map<?, ?> faq) {
    NewFaq.Builder builder = NewFaq.builder(requiredString(faq, "question"));
    optionalString(faq, "answer").ifPresent(builder::answer);
    richText(faq).ifPresent(builder::answerRichText);
    optionalString(faq, "category_id").filter(id -> !id.isEmpty()).map(CategoryId::of).ifPresent(builder::category);
    tags(faq).ifPresent(builder::tags);
    return builder.build();
  }

  private static FaqChange faqChange(Map<?, ?> faq) {
    FaqChange.Builder builder = FaqChange.builder();
    optionalString(faq, "question").ifPresent(builder::question);
    optionalString(faq, "answer").ifPresent(builder::answer);
    richText(faq).ifPresent(builder::answerRichText);
    optionalString(faq, "category_id").map(CategoryId::of).ifPresent(builder::category);
    tags(faq).ifPresent(builder::tags);
    return builder.build();
  }

  private static NewCategory newCategory(Map<?, ?> body) {
    return new NewCategory(requiredString(body, "name"), optionalString(body, "parent_id").map(CategoryId::of),
        optionalString(body, "language"));
  }

  private static CategoryChange categoryChange(Map<?, ?> body) {
    return new CategoryChange(optionalString(body, "name"), optionalString(body, "parent_id").map(CategoryId::of));
  }

  private static Optional<List<RichTextElement>> richText(Map<?, ?> faq) {
    if (!faq.containsKey("answer_richtext")) {
      return Optional.empty();
    }
    if (!(faq.get("answer_richtext") instanceof String encoded)) {
      throw new IllegalArgumentException("answer_richtext must be a string holding the JSON array");
    }
    return Optional.of(RichTextDocuments.elements(encoded, "faq.answer_richtext"));
  }

  private static Optional<List<String>> tags(Map<?, ?> faq) {
    if (!faq.containsKey("tags")) {
      return Optional.empty();
    }
    if (!(faq.get("tags") instanceof List<?> list)) {
      throw new IllegalArgumentException("tags must be an array of strings");
    }
    List<String> tags = new ArrayList<>();
    for (Object tag : list) {
      if (!(tag instanceof String text)) {
        throw new IllegalArgumentException("tags must be an array of strings");
      }
      tags.add(text);
    }
    return Optional.of(tags);
  }

  private static Map<?, ?> faqObject(SimulatedRequest request) {
    if (!(object(request).get("faq") instanceof Map<?, ?> faq)) {
      throw new IllegalArgumentException("the body must hold a faq object");
    }
    return faq;
  }

  private static Map<?, ?> object(SimulatedRequest request) {
    if (!(JsonIn.read(request.bodyText()) instanceof Map<?, ?> body)) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return body;
  }

  private static String requiredString(Map<?, ?> object, String name) {
    return optionalString(object, name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
  }

  private static Optional<String> optionalString(Map<?, ?> object, String name) {
    Object value = object.get(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return Optional.ofNullable((String) value);
  }
}
