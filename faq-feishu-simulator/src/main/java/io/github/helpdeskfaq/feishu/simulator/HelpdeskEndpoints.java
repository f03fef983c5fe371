package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The helpdesk's read endpoints, answered from a {@link FakeHelpdesk} through its ports: the fake decides what
 * exists, what a listing or a search holds and how it pages; this class only turns the query into the ports'
 * values and the result into the wire format. A FAQ or image given a scripted answer gets that instead, and so do
 * the list and the search while pages are scripted. Thread-safe.
 *
 * <p>What the query may hold is the platform's: {@code page_size} from 1 to 100 (default 20), {@code page_token} as
 * the previous page gave it, {@code status} {@code 1} (online), {@code 0} (deleted) or {@code 2} (deleted for good);
 * anything else is 400 with 154000, as is a search without a {@code query}. A blank {@code category_id} or
 * {@code search} is no filter. The category tree's {@code lang}, {@code order_by} ({@code 1}: by update time) and
 * {@code asc} ({@code true} or {@code false}; ascending when absent) go to the fake as a {@link CategoryQuery}; a
 * language the query refuses, another {@code order_by} or {@code asc} is 400 with 154000, and {@code asc} without
 * {@code order_by} changes nothing. A failure the fake was told to inject comes back as {@link FaultAnswers} says.
 */
final class HelpdeskEndpoints {

  static final String PREFIX = "/open-apis/helpdesk/v1/";
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final int MAX_PAGE_SIZE = 100;
  private static final Map<String, FaqStatus> STATUSES = Map.of(
      "1", FaqStatus.ONLINE, "0", FaqStatus.DELETED, "2", FaqStatus.DELETED_PERMANENTLY);

  private final Map<String, Supplier<SimulatedAnswer>> faqs = new ConcurrentHashMap<>();
  private final Map<String, Supplier<SimulatedAnswer>> images = new ConcurrentHashMap<>();
  private final AtomicLong pageRequests = new AtomicLong();
  private volatile Function<SimulatedRequest, SimulatedAnswer> pages;
  private volatile FakeHelpdesk content;

  HelpdeskEndpoints(FakeHelpdesk content) {
    this.content = Objects.requireNonNull(content, "content");
  }

  FakeHelpdesk content() {
    return content;
  }

  void serve(FakeHelpdesk replacement) {
    content = Objects.requireNonNull(replacement, "content");
  }

  void scriptFaq(String id, Supplier<SimulatedAnswer> answer) {
    faqs.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(answer, "answer"));
  }

  void scriptImage(String faqId, String key, Supplier<SimulatedAnswer> answer) {
    images.put(faqId + "/" + key, Objects.requireNonNull(answer, "answer"));
  }

  void scriptPages(Function<SimulatedRequest, SimulatedAnswer> answers) {
    pages = answers;
  }

  long pageRequests() {
    return pageRequests.get();
  }

  /** The answer to an authorized {@code GET} under {@link #PREFIX}. */
  SimulatedAnswer answer(SimulatedRequest request) {
    List<String> path = request.pathSegments();
    List<String> rest = path.subList(Math.min(3, path.size()), path.size());
    String resource = rest.isEmpty() ? "" : rest.get(0);
    if ("faqs".equals(resource) && (rest.size() == 1 || rest.size() == 2 && "search".equals(rest.get(1)))) {
      pageRequests.incrementAndGet();
      Function<SimulatedRequest, SimulatedAnswer> scripted = pages;
      if (scripted != null) {
        return scripted.apply(request);
      }
      return rest.size() == 1 ? list(request) : search(request);
    }
    if ("faqs".equals(resource) && rest.size() == 2) {
      return faq(rest.get(1));
    }
    if ("faqs".equals(resource) && rest.size() == 4 && "image".equals(rest.get(2))) {
      return image(rest.get(1), rest.get(3));
    }
    if ("categories".equals(resource) && rest.size() == 1) {
      return fromContent(helpdesk -> FeishuResponses.json(200, WireFormat.categoryTree(
          helpdesk.categoryTree(categoryQuery(request)))));
    }
    if ("categories".equals(resource) && rest.size() == 2) {
      return fromContent(helpdesk -> helpdesk.findCategory(CategoryId.of(rest.get(1)))
          .map(category -> FeishuResponses.json(200, WireFormat.category(category)))
          .orElseGet(FeishuResponses::notFound));
    }
    return FeishuResponses.notFound();
  }

  private SimulatedAnswer faq(String id) {
    Supplier<SimulatedAnswer> scripted = faqs.get(id);
    if (scripted != null) {
      return scripted.get();
    }
    FaqId faqId = faqId(id);
    if (faqId == null) {
      return FeishuResponses.notFound();
    }
    return fromContent(helpdesk -> helpdesk.findById(faqId)
        .map(faq -> FeishuResponses.json(200, WireFormat.faqDetail(faq)))
        .orElseGet(FeishuResponses::notFound));
  }

  private SimulatedAnswer image(String faqId, String key) {
    Supplier<SimulatedAnswer> scripted = images.get(faqId + "/" + key);
    if (scripted != null) {
      return scripted.get();
    }
    FaqId id = faqId(faqId);
    ImageKey imageKey = imageKey(key);
    if (id == null || imageKey == null) {
      return FeishuResponses.notFound();
    }
    return ImageStreaming.answer(content, id, imageKey);
  }

  private SimulatedAnswer list(SimulatedRequest request) {
    FaqFilter filter = FaqFilter.all();
    String category = request.queryParameter("category_id");
    if (category != null && !category.isBlank()) {
      filter = filter.inCategory(CategoryId.of(category));
    }
    String status = request.queryParameter("status");
    if (status != null && !status.isEmpty()) {
      if (!STATUSES.containsKey(status)) {
        return invalid("status must be 1, 0 or 2");
      }
      filter = filter.withStatus(STATUSES.get(status));
    }
    String text = request.queryParameter("search");
    if (text != null && !text.isBlank()) {
      filter = filter.containing(text);
    }
    FaqFilter listed = filter;
    return paged(request, true, (helpdesk, page) -> helpdesk.listPage(listed, page));
  }

  private SimulatedAnswer search(SimulatedRequest request) {
    String query = request.queryParameter("query");
    if (query == null || query.isBlank()) {
      return invalid("query is required");
    }
    String text = query;
    if ("true".equals(request.queryParameter("base64"))) {
      try {
        text = new String(Base64.getDecoder().decode(query), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return invalid("query is not base64");
      }
    }
    if (text.isBlank()) {
      return invalid("query is required");
    }
    SearchQuery searched = SearchQuery.of(text);
    return paged(request, false, (helpdesk, page) -> helpdesk.searchPage(searched, page));
  }

  /** One page, as the fake cuts it for the {@code page_token} and {@code page_size} asked for. */
  private SimulatedAnswer paged(SimulatedRequest request, boolean withTotal, PageSource source) {
    Integer size = pageSize(request.queryParameter("page_size"));
    if (size == null) {
      return invalid("page_size must be from 1 to " + MAX_PAGE_SIZE);
    }
    String token = request.queryParameter("page_token");
    PageRequest page = token == null || token.isEmpty() ? PageRequest.first(size)
        : PageRequest.after(PageCursor.of(token), size);
    return fromContent(helpdesk -> FeishuResponses.json(200, WireFormat.page(source.page(helpdesk, page),
        withTotal)));
  }

  /** The fake's answer; its injected failure as Feishu would answer it, and its refusal of a value as 154000. */
  private SimulatedAnswer fromContent(Function<FakeHelpdesk, SimulatedAnswer> answer) {
    try {
      return answer.apply(content);
    } catch (FaqRepositoryException failure) {
      return FaultAnswers.of(failure);
    } catch (IllegalArgumentException refused) {
      return invalid("invalid parameter: " + refused.getMessage());
    }
  }

  /** The tree's query; an {@link IllegalArgumentException} names a parameter the platform would refuse. */
  private static CategoryQuery categoryQuery(SimulatedRequest request) {
    CategoryQuery query = CategoryQuery.defaults();
    String language = request.queryParameter("lang");
    if (language != null && !language.isBlank()) {
      query = query.inLanguage(language);
    }
    String orderBy = request.queryParameter("order_by");
    if (orderBy == null || orderBy.isEmpty()) {
      return query;
    }
    if (!"1".equals(orderBy)) {
      throw new IllegalArgumentException("order_by must be 1");
    }
    String asc = request.queryParameter("asc");
    if (asc != null && !"true".equals(asc) && !"false".equals(asc)) {
      throw new IllegalArgumentException("asc must be true or false");
    }
    return query.orderedBy(new CategoryOrder(CategoryOrder.Key.UPDATE_TIME, !"false".equals(asc)));
  }

  private static Integer pageSize(String value) {
    if (value == null || value.isEmpty()) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(value);
      return size >= 1 && size <= MAX_PAGE_SIZE ? size : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** The id, or {@code null} when the domain refuses it: no FAQ can have it. */
  private static FaqId faqId(String id) {
    try {
      return FaqId.of(id);
    } catch (IllegalArgumentException refused) {
      return null;
    }
  }

  private static ImageKey imageKey(String key) {
    try {
      return ImageKey.of(key);
    } catch (IllegalArgumentException refused) {
      return null;
    }
  }

  private static SimulatedAnswer invalid(String why) {
    return FeishuResponses.error(400, 154000, why);
  }

  @FunctionalInterface
  private interface PageSource {
    Page<Faq> page(FakeHelpdesk helpdesk, PageRequest request);
  }
}
