package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A plain, correct implementation of the catalog's ports over a {@link CatalogContractData.Contents}, counting its
 * requests, for the contract's own tests; its subclasses there break one promise each.
 */
class ReferenceCatalog implements Helpdesk {

  private final CatalogContractData.Contents helpdesk;
  private long requests;

  ReferenceCatalog(CatalogContractData.Contents helpdesk) {
    this.helpdesk = helpdesk;
  }

  long requests() {
    return requests;
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    Objects.requireNonNull(filter, "filter");
    Predicate<Faq> category = faq -> filter.category().isEmpty()
        || faq.categories().stream().anyMatch(filed -> filed.id().equals(filter.category()));
    Predicate<Faq> text = faq -> filter.text().isEmpty() || contains(faq, filter.text().get());
    return page(category.and(text), request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    Objects.requireNonNull(query, "query");
    return page(faq -> contains(faq, query.text()), request);
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    requests++;
    return helpdesk.faqs().stream().filter(faq -> faq.id().equals(id)).findFirst();
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return Optional.empty();
  }

  /** The categories of the query's language, as listed (by update time ascending), or in reverse (descending). */
  @Override
  public List<CategoryNode> categoryTree(CategoryQuery query) {
    Objects.requireNonNull(query, "query");
    requests++;
    return childrenOf(CategoryId.of("0"), query);
  }

  List<CategoryNode> childrenOf(CategoryId parent, CategoryQuery query) {
    List<CategoryNode> children = helpdesk.categories().stream()
        .filter(category -> category.parentId().equals(Optional.of(parent)))
        .filter(category -> query.language().isEmpty() || category.language().equals(query.language()))
        .map(category -> new CategoryNode(category, childrenOf(category.id().orElseThrow(), query)))
        .collect(Collectors.toList());
    if (query.order().filter(order -> !order.ascending()).isPresent()) {
      Collections.reverse(children);
    }
    return children;
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    id.requireWellFormed();
    return lookUp(id);
  }

  Optional<Category> lookUp(CategoryId id) {
    requests++;
    return helpdesk.categories().stream().filter(category -> category.id().equals(Optional.of(id))).findFirst();
  }

  private Page<Faq> page(Predicate<Faq> matches, PageRequest request) {
    Objects.requireNonNull(request, "request");
    requests++;
    List<Faq> all = helpdesk.faqs().stream().filter(matches).collect(Collectors.toList());
    int from = request.cursor().map(cursor -> Integer.parseInt(cursor.value())).orElse(0);
    int to = Math.min(all.size(), from + request.size().orElse(helpdesk.pageSize()));
    Optional<PageCursor> next = to < all.size() ? Optional.of(PageCursor.of(String.valueOf(to))) : Optional.empty();
    return new Page<>(new ArrayList<>(all.subList(from, to)), next, OptionalLong.of(all.size()));
  }

  private static boolean contains(Faq faq, String text) {
    return faq.question().filter(question -> question.contains(text)).isPresent();
  }
}
