package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryRepository;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqCatalog;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.List;
import java.util.Optional;

/**
 * An adapter with a cache in front of its lookups by id: {@code findById} and {@code readImage} go through the cache
 * (a decorator of {@link FaqRepository} only), listing, search and categories straight to the adapter, so every
 * command keeps the ports it needs when {@code FAQ_CACHE_TTL_SECONDS} is set.
 */
final class CachedHelpdesk implements FaqRepository, FaqCatalog, CategoryRepository {

  private final FaqRepository cached;
  private final FaqCatalog catalog;
  private final CategoryRepository categories;

  private CachedHelpdesk(FaqRepository cached, FaqCatalog catalog, CategoryRepository categories) {
    this.cached = cached;
    this.catalog = catalog;
    this.categories = categories;
  }

  /** The cache in front of {@code adapter}'s lookups; the adapter as it is when it lacks the other ports. */
  static FaqRepository of(FaqRepository cache, FaqRepository adapter) {
    if (adapter instanceof FaqCatalog catalog && adapter instanceof CategoryRepository categories) {
      return new CachedHelpdesk(cache, catalog, categories);
    }
    return cache;
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    return cached.findById(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return cached.readImage(faqId, imageKey, reader);
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    return catalog.listPage(filter, request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    return catalog.searchPage(query, request);
  }

  @Override
  public List<CategoryNode> categoryTree() {
    return categories.categoryTree();
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    return categories.findCategory(id);
  }

  @Override
  public String toString() {
    return "CachedHelpdesk{" + cached + "}";
  }
}
