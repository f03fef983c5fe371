package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The list, the search and the categories over Feishu, for {@link FeishuHelpdesk}: each an endpoint of
 * {@link FeishuApi}, executed by {@link Exchange} (the same token, resilience and error table as the FAQ detail),
 * and mapped by {@link FeishuPages} or {@link FeishuCategoryTree}. Feishu's "not found" (154004) for a listing is an
 * empty last page, for the tree an empty tree.
 */
final class FeishuCatalog implements FaqCatalog {

  private final FeishuApi api;
  private final HelpdeskAuthorization helpdesk;
  private final Exchange exchange;
  private final int pageSize;

  FeishuCatalog(FeishuApi api, HelpdeskAuthorization helpdesk, Exchange exchange, int pageSize) {
    this.api = api;
    this.helpdesk = helpdesk;
    this.exchange = exchange;
    this.pageSize = pageSize;
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(request, "request must not be null");
    String category = filter.category().map(CategoryId::value).orElse(null);
    String status = filter.status().map(FeishuCatalog::statusCode).orElse(null);
    String text = filter.text().orElse(null);
    return exchange.fetch(Endpoint.FAQ_LIST, () -> "page " + pageName(request) + " of the FAQ list",
        token -> api.faqs(category, status, text, token(request), size(request), token, helpdesk),
        data -> FeishuPages.toPage(data, true)).orElseGet(() -> Page.last(List.of()));
  }

  /**
   * A page of a search. A query that is not printable ASCII is sent as the platform recommends for such text:
   * standard Base64 of its UTF-8 bytes, with {@code base64=true}.
   */
  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(request, "request must not be null");
    boolean encode = !query.text().chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    String sent = encode ? Base64.getEncoder().encodeToString(query.text().getBytes(StandardCharsets.UTF_8))
        : query.text();
    return exchange.fetch(Endpoint.FAQ_SEARCH, () -> "page " + pageName(request) + " of a FAQ search",
        token -> api.searchFaqs(sent, encode ? "true" : null, token(request), size(request), token, helpdesk),
        data -> FeishuPages.toPage(data, false)).orElseGet(() -> Page.last(List.of()));
  }

  /** The tree, sending only what the query sets: {@code lang}, and {@code order_by} with {@code asc}. */
  List<CategoryNode> categoryTree(CategoryQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    String lang = query.language().orElse(null);
    Integer orderBy = query.order().map(order -> orderByCode(order.key())).orElse(null);
    Boolean asc = query.order().map(CategoryOrder::ascending).orElse(null);
    return exchange.fetch(Endpoint.CATEGORIES, () -> "the category tree",
        token -> api.categories(lang, orderBy, asc, token, helpdesk), FeishuCategoryTree::toTree).orElseGet(List::of);
  }

  Optional<Category> findCategory(CategoryId id) {
    Objects.requireNonNull(id, "id must not be null");
    String segment = id.requireWellFormed().value();
    return exchange.fetch(Endpoint.CATEGORY, () -> "category " + segment,
        token -> api.category(segment, token, helpdesk), FeishuCatalog::category);
  }

  private static Category category(CategoryDto data) {
    if (data == null) {
      throw new IllegalArgumentException("the answer has code 0 but no data");
    }
    return FaqMapper.toCategory(data);
  }

  /** The page size to ask for: the request's, at most {@link FeishuHelpdesk#MAX_PAGE_SIZE}. */
  private int size(PageRequest request) {
    return Math.min(request.size().orElse(pageSize), FeishuHelpdesk.MAX_PAGE_SIZE);
  }

  /** The list's {@code status}: "1 online, 0 deleted but recoverable, 2 deleted for good". */
  private static String statusCode(FaqStatus status) {
    return switch (status) {
      case ONLINE -> "1";
      case DELETED -> "0";
      case DELETED_PERMANENTLY -> "2";
    };
  }

  /** The tree's {@code order_by}: "1: by the categories' update time". */
  private static int orderByCode(CategoryOrder.Key key) {
    return switch (key) {
      case UPDATE_TIME -> 1;
    };
  }

  private static String token(PageRequest request) {
    return request.cursor().map(PageCursor::value).orElse(null);
  }

  private static String pageName(PageRequest request) {
    return request.cursor().isPresent() ? "after a cursor" : "1";
  }
}
