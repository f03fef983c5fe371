package io.github.helpdeskfaq.feishu.simulator;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The read side beyond one FAQ, as {@link FeishuSimulator} serves it: the FAQ list ({@code category_id},
 * {@code status}, {@code search}), the search ({@code query}, {@code base64=true}) and the category tree and one
 * category, each as the platform documents it, with {@code page_token} and {@code page_size} (default 20, at most
 * 100; anything else is 154000). Page tokens are opaque to the caller; here they name the offset of the next page.
 *
 * <p>A text (a search query, the list's {@code search}) matches a FAQ when, both lower-cased, it is a substring of its
 * question, its answer or one of its tags; a search finds online FAQs (status 1) only; the list filters by status
 * only when asked. The platform documents no more than that. Unfiltered list pages are cut from the FAQs without
 * reading them, so that a helpdesk of many generated FAQs is served in time and memory of one page.
 */
final class SimulatedCatalog {

  static final String FAQS = "/open-apis/helpdesk/v1/faqs";
  static final String SEARCH = "/open-apis/helpdesk/v1/faqs/search";
  static final String CATEGORIES = "/open-apis/helpdesk/v1/categories";
  private static final Pattern CATEGORY = Pattern.compile(CATEGORIES + "/([^/?]+)");
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final int MAX_PAGE_SIZE = 100;
  private static final String TOKEN_PREFIX = "simulated-offset-";
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> JSON = MOSHI.adapter(Object.class);
  private static final JsonAdapter<List<Map<String, Object>>> CATEGORY_LIST = MOSHI.adapter(
      Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));

  private final List<Listed> listed = new CopyOnWriteArrayList<>();
  private final AtomicLong pageRequests = new AtomicLong();
  private volatile IntFunction<String> generated = i -> null;
  private volatile int generatedCount;
  private volatile String categoriesJson = "[]";
  private volatile Function<RecordedRequest, MockResponse> script;

  /** A FAQ (the object Feishu sends in {@code data.faq} and {@code items}) with its status. */
  private record Listed(String json, int status) {}

  /** Holds a FAQ; returns its {@code faq_id}. */
  String add(String faqJson, int status) {
    Item item = new Item(Objects.requireNonNull(faqJson, "faqJson"), status);
    listed.add(new Listed(faqJson, status));
    return String.valueOf(item.fields().get("faq_id"));
  }

  void generate(int count, IntFunction<String> faqJson) {
    generated = Objects.requireNonNull(faqJson, "faqJson");
    generatedCount = count;
  }

  void categories(String json) {
    categoriesJson = Objects.requireNonNull(json, "json");
  }

  void script(Function<RecordedRequest, MockResponse> answers) {
    script = answers;
  }

  long pageRequests() {
    return pageRequests.get();
  }

  /** The answer to a catalog request, or empty when the request is for another endpoint. */
  Optional<MockResponse> answer(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    if (path.equals(FAQS) || path.equals(SEARCH)) {
      pageRequests.incrementAndGet();
      Function<RecordedRequest, MockResponse> scripted = script;
      if (scripted != null) {
        return Optional.of(scripted.apply(request));
      }
      return Optional.of(path.equals(FAQS) ? list(url) : search(url));
    }
    if (path.equals(CATEGORIES)) {
      return Optional.of(FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"categories\":"
          + categoriesJson + "}}"));
    }
    if (CATEGORY.matcher(path).matches()) {
      List<String> segments = url.pathSegments(); // decoded: open-apis, helpdesk, v1, categories, the id
      return Optional.of(category(segments.get(segments.size() - 1)));
    }
    return Optional.empty();
  }

  private MockResponse list(HttpUrl url) {
    String category = url.queryParameter("category_id");
    String status = url.queryParameter("status");
    String text = url.queryParameter("search");
    if (category == null && status == null && text == null) {
      return page(url, null, true);
    }
    Predicate<Item> matches = item -> (category == null || item.filedUnder(category))
        && (status == null || status.equals(String.valueOf(item.status())))
        && (text == null || item.contains(text));
    return page(url, matches, true);
  }

  private MockResponse search(HttpUrl url) {
    String query = url.queryParameter("query");
    if (query == null || query.isEmpty()) {
      return FeishuResponses.error(400, 154000, "query is required");
    }
    String text = query;
    if ("true".equals(url.queryParameter("base64"))) {
      try {
        text = new String(Base64.getDecoder().decode(query), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return FeishuResponses.error(400, 154000, "query is not base64");
      }
    }
    String needle = text;
    return page(url, item -> item.status() == 1 && item.contains(needle), false);
  }

  /** One page of the FAQs that match, or of all of them when {@code matches} is null. */
  private MockResponse page(HttpUrl url, Predicate<Item> matches, boolean withTotal) {
    Integer size = pageSize(url.queryParameter("page_size"));
    Integer from = offset(url.queryParameter("page_token"));
    if (size == null || from == null) {
      return FeishuResponses.error(400, 154000, "invalid page_size or page_token");
    }
    int total = listed.size() + generatedCount;
    List<String> items = new ArrayList<>(size);
    int matched = 0;
    int next = -1;
    for (int i = matches == null ? from : 0; i < total; i++) {
      if (matches != null && !matches.test(item(i))) {
        continue;
      }
      if (matches != null && matched++ < from) {
        continue;
      }
      if (items.size() == size) {
        next = matches == null ? i : from + size;
        if (matches == null || !withTotal) {
          break;
        }
      } else {
        items.add(item(i).json());
      }
    }
    int count = matches == null ? total : matched;
    StringBuilder data = new StringBuilder("{\"has_more\":").append(next >= 0);
    if (next >= 0) {
      data.append(",\"page_token\":\"").append(TOKEN_PREFIX).append(next).append('"');
    }
    data.append(",\"page_size\":").append(items.size());
    if (withTotal) {
      data.append(",\"total\":").append(count);
    }
    data.append(",\"items\":[").append(String.join(",", items)).append("]}");
    return FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":" + data + "}");
  }

  private Item item(int i) {
    if (i < listed.size()) {
      Listed held = listed.get(i);
      return new Item(held.json(), held.status());
    }
    return new Item(generated.apply(i - listed.size()), 1);
  }

  private MockResponse category(String id) {
    Optional<Map<String, Object>> found = find(readCategories(categoriesJson), id);
    if (found.isEmpty()) {
      return FeishuResponses.notFound();
    }
    StringBuilder flat = new StringBuilder("{");
    for (String field : List.of("category_id", "id", "name", "helpdesk_id", "language")) {
      if (found.get().containsKey(field)) {
        flat.append(flat.length() > 1 ? "," : "").append('"').append(field).append("\":")
            .append(JSON.toJson(found.get().get(field)));
      }
    }
    flat.append('}');
    return FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":" + flat + "}");
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> find(List<Map<String, Object>> categories, String id) {
    for (Map<String, Object> category : categories) {
      if (id.equals(category.get("category_id"))) {
        return Optional.of(category);
      }
      Object children = category.get("children");
      if (children instanceof List<?> nested) {
        Optional<Map<String, Object>> found = find((List<Map<String, Object>>) nested, id);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static List<Map<String, Object>> readCategories(String json) {
    try {
      return CATEGORY_LIST.fromJson(json);
    } catch (IOException malformed) {
      throw new IllegalStateException("the simulator's categories are not a JSON array of objects", malformed);
    }
  }

  private static Integer pageSize(String value) {
    if (value == null) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(value);
      return size >= 1 && size <= MAX_PAGE_SIZE ? size : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static Integer offset(String token) {
    if (token == null) {
      return 0;
    }
    if (!token.startsWith(TOKEN_PREFIX)) {
      return null;
    }
    try {
      return Integer.parseInt(token.substring(TOKEN_PREFIX.length()));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** A FAQ as served, read only when a filter needs its fields. */
  private record Item(String json, int status) {

    boolean filedUnder(String category) {
      Object categories = fields().get("categories");
      return categories instanceof List<?> list && list.stream()
          .anyMatch(filed -> filed instanceof Map<?, ?> map && category.equals(map.get("category_id")));
    }

    boolean contains(String text) {
      String needle = text.toLowerCase(Locale.ROOT);
      Map<?, ?> fields = fields();
      List<Object> texts = new ArrayList<>();
      texts.add(fields.get("question"));
      texts.add(fields.get("answer"));
      if (fields.get("tags") instanceof List<?> tags) {
        texts.addAll(tags);
      }
      return texts.stream().anyMatch(value -> value instanceof String string
          && string.toLowerCase(Locale.ROOT).contains(needle));
    }

    private Map<?, ?> fields() {
      try {
        return (Map<?, ?>) JSON.fromJson(json);
      } catch (IOException | ClassCastException malformed) {
        throw new IllegalStateException("a simulated FAQ is not a JSON object", malformed);
      }
    }
  }
}
