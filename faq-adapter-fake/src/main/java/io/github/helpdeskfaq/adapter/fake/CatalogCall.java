package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.Objects;

/**
 * One call to the catalog or the categories of a {@link FakeHelpdesk}, recorded before any injected fault or
 * latency applied: a page of a listing or a search (what a server would count as a page request), the category
 * tree, or one category. Calls about one FAQ are {@link RecordedCall}s.
 */
public sealed interface CatalogCall {

  /**
   * Whether this call read a page of FAQs.
   *
   * @return true for {@link ListPage} and {@link SearchPage}
   */
  default boolean isPageRequest() {
    return this instanceof ListPage || this instanceof SearchPage;
  }

  /**
   * A page of a listing.
   *
   * @param filter the filter asked for
   * @param request the request as the caller made it
   * @param page the number of the page asked for: 1 for the first
   */
  record ListPage(FaqFilter filter, PageRequest request, int page) implements CatalogCall {

    /** Validates the components. */
    public ListPage {
      Objects.requireNonNull(filter, "filter must not be null");
      Objects.requireNonNull(request, "request must not be null");
    }
  }

  /**
   * A page of a search.
   *
   * @param query the query asked for
   * @param request the request as the caller made it
   * @param page the number of the page asked for: 1 for the first
   */
  record SearchPage(SearchQuery query, PageRequest request, int page) implements CatalogCall {

    /** Validates the components. */
    public SearchPage {
      Objects.requireNonNull(query, "query must not be null");
      Objects.requireNonNull(request, "request must not be null");
    }
  }

  /**
   * The category tree.
   *
   * @param query the language and order asked for
   */
  record CategoryTree(CategoryQuery query) implements CatalogCall {

    /** Validates the components. */
    public CategoryTree {
      Objects.requireNonNull(query, "query must not be null");
    }
  }

  /**
   * One category by id.
   *
   * @param id the id asked for
   */
  record FindCategory(CategoryId id) implements CatalogCall {

    /** Validates the components. */
    public FindCategory {
      Objects.requireNonNull(id, "id must not be null");
    }
  }
}
