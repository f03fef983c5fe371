package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads FAQs from a document in Feishu's wire format, leniently, as the Feishu adapter reads the server's answers
 * (and faq-app's {@code --fake-data} its file): one FAQ-detail response,
 * {@code {"code":0,"msg":"success","data":{"faq":{...}}}} (the platform's "get a FAQ" document), or an array of them.
 * <ul>
 *   <li>A UTF-8 byte-order mark is skipped; unknown fields are skipped; a field or list that is {@code null} or
 *       missing is absent or empty, and {@code null} list elements are dropped.</li>
 *   <li>A missing {@code code} is success; a non-zero one is an error answer, refused.</li>
 *   <li>Strings may come as numbers (kept as written); 64-bit numbers and Unix-second timestamps as numbers or
 *       strings (a blank one is absent, {@code .0} is accepted, a fraction is not).</li>
 *   <li>The FAQ's id is {@code faq_id}, else {@code id}; a category's {@code category_id}, else {@code id}; a blank
 *       id is absent; {@code answer_richtext} is read by {@link RichTextDocuments}.</li>
 * </ul>
 */
final class FaqDocuments {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("([+-]?[0-9]{1,19})(?:\\.0*)?");

  private FaqDocuments() {}

  /**
   * Reads every FAQ of a document, in document order, duplicates included.
   *
   * @throws IllegalArgumentException if it is not one or more FAQ-detail responses; the message says what and where
   */
  static List<Faq> read(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    Object json;
    try {
      json = JsonIn.read(text);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException("not a Feishu FAQ document: " + malformed.getMessage(), malformed);
    }
    List<Faq> faqs = new ArrayList<>();
    if (json instanceof List<?> responses) {
      for (int i = 0; i < responses.size(); i++) {
        faqs.add(response(responses.get(i), "response [" + i + "]", "$[" + i + "]"));
      }
    } else if (json instanceof Map<?, ?>) {
      faqs.add(response(json, "the response", "$"));
    } else {
      throw new IllegalArgumentException("not a Feishu FAQ document: expected a FAQ-detail response object or an "
          + "array of them, but the document is " + kind(json));
    }
    return List.copyOf(faqs);
  }

  private static Faq response(Object value, String which, String path) {
    if (value == null) {
      throw new IllegalArgumentException(which + " at " + path + " is null, not a FAQ-detail response");
    }
    Map<?, ?> response = object(value, path);
    Long code = wholeNumber(response.get("code"), path + ".code");
    String msg = string(response.get("msg"), path + ".msg");
    if (code != null && code != 0) {
      throw new IllegalArgumentException(which + " at " + path + " is an error answer (code " + code
          + (msg == null ? "" : ": " + msg) + "), not a FAQ");
    }
    Object data = response.get("data");
    Object faq = data == null ? null : object(data, path + ".data").get("faq");
    if (faq == null) {
      throw new IllegalArgumentException(which + " at " + path + " has no data.faq");
    }
    try {
      return faq(object(faq, path + ".data.faq"), path + ".data.faq");
    } catch (IllegalArgumentException unusable) {
      throw new IllegalArgumentException(which + " at " + path + ": " + unusable.getMessage(), unusable);
    }
  }

  private static Faq faq(Map<?, ?> faq, String path) {
    Optional<String> legacyId = nonBlank(string(faq.get("id"), path + ".id"));
    FaqId id = nonBlank(string(faq.get("faq_id"), path + ".faq_id")).or(() -> legacyId).map(FaqId::of)
        .orElseThrow(() -> new IllegalArgumentException("the FAQ has neither a faq_id nor an id"));
    return Faq.builder(id)
        .legacyId(legacyId.orElse(null))
        .helpdeskId(nonBlank(string(faq.get("helpdesk_id"), path + ".helpdesk_id")).map(HelpdeskId::of)
            .orElse(null))
        .question(string(faq.get("question"), path + ".question"))
        .answer(string(faq.get("answer"), path + ".answer"))
        .answerRichText(RichTextDocuments.elements(faq.get("answer_richtext"), path + ".answer_richtext"))
        .content(string(faq.get("content"), path + ".content"))
        .type(string(faq.get("type"), path + ".type"))
        .createTime(time(faq.get("create_time"), path + ".create_time"))
        .updateTime(time(faq.get("update_time"), path + ".update_time"))
        .expireTime(time(faq.get("expire_time"), path + ".expire_time"))
        .categories(list(faq.get("categories"), path + ".categories", FaqDocuments::category))
        .tags(list(faq.get("tags"), path + ".tags", FaqDocuments::string))
        .createUser(user(faq.get("create_user"), path + ".create_user"))
        .updateUser(user(faq.get("update_user"), path + ".update_user"))
        .build();
  }

  private static Category category(Object value, String path) {
    Map<?, ?> category = object(value, path);
    Optional<String> legacyId = nonBlank(string(category.get("id"), path + ".id"));
    return new Category(
        nonBlank(string(category.get("category_id"), path + ".category_id")).or(() -> legacyId).map(CategoryId::of),
        legacyId,
        Optional.ofNullable(string(category.get("name"), path + ".name")),
        nonBlank(string(category.get("parent_id"), path + ".parent_id")).map(CategoryId::of),
        nonBlank(string(category.get("helpdesk_id"), path + ".helpdesk_id")).map(HelpdeskId::of),
        Optional.ofNullable(string(category.get("language"), path + ".language")));
  }

  private static TicketUser user(Object value, String path) {
    if (value == null) {
      return null;
    }
    Map<?, ?> user = object(value, path);
    return new TicketUser(
        nonBlank(string(user.get("id"), path + ".id")).map(UserId::of),
        Optional.ofNullable(string(user.get("avatar_url"), path + ".avatar_url")),
        Optional.ofNullable(string(user.get("name"), path + ".name")),
        Optional.ofNullable(string(user.get("department"), path + ".department")),
        Optional.ofNullable(string(user.get("city"), path + ".city")),
        Optional.ofNullable(string(user.get("country"), path + ".country")));
  }

  /** A list: {@code null} is empty, {@code null} elements are dropped, the others read by {@code element}. */
  private static <T> List<T> list(Object value, String path, BiFunction<Object, String, T> element) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> elements)) {
      throw new IllegalArgumentException("expected an array but was " + kind(value) + " at path " + path);
    }
    List<T> read = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) != null) {
        read.add(element.apply(elements.get(i), path + "[" + i + "]"));
      }
    }
    return read;
  }

  /** A string, or a number as written; {@code null} stays {@code null}. */
  static String string(Object value, String path) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof JsonIn.NumberLiteral number) {
      return number.literal();
    }
    throw new IllegalArgumentException("expected a string but was " + kind(value) + " at path " + path);
  }

  private static Instant time(Object value, String path) {
    Long seconds = wholeNumber(value, path);
    if (seconds == null) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(seconds);
    } catch (DateTimeException outOfRange) {
      throw new IllegalArgumentException("expected Unix seconds but was " + seconds + ", out of range, at path "
          + path, outOfRange);
    }
  }

  /**
   * A 64-bit whole number, as a number or a string holding one: an optional sign, 1 to 19 digits, optionally a point
   * followed by zeros only. {@code null} and a blank string are {@code null}.
   */
  private static Long wholeNumber(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String) && !(value instanceof JsonIn.NumberLiteral)) {
      throw new IllegalArgumentException("expected a whole number (or a string holding one) but was " + kind(value)
          + " at path " + path);
    }
    String text = string(value, path).strip();
    if (text.isEmpty()) {
      return null;
    }
    Matcher whole = WHOLE_NUMBER.matcher(text);
    if (whole.matches()) {
      try {
        return Long.parseLong(whole.group(1));
      } catch (NumberFormatException outOfRange) {
        // refused below
      }
    }
    throw new IllegalArgumentException("expected a 64-bit whole number but was \"" + text + "\" at path " + path);
  }

  static Map<?, ?> object(Object value, String path) {
    if (value instanceof Map<?, ?> object) {
      return object;
    }
    throw new IllegalArgumentException("expected an object but was " + kind(value) + " at path " + path);
  }

  static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    return value instanceof Boolean ? "a boolean" : "a number";
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
