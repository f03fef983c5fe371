package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import java.util.List;
import java.util.Optional;

/**
 * The categories of the knowledge base: the whole tree, or one category by id. A port of its own, beside
 * {@link FaqRepository} and {@link FaqCatalog} (see docs/architecture.md, "Ports").
 *
 * <p>Implementations are safe for concurrent use. Failures are the exceptions of {@link FaqRepository}. A
 * {@code null} argument is refused with a {@link NullPointerException} before any lookup.
 */
public interface CategoryRepository {

  /**
   * The category tree of a language, in an order: the top-level categories, each with its subcategories, in the
   * order served. A category whose parent is not among the categories is a top-level one. Not paged: the platform
   * serves it whole. What an unset part of the query comes to is the implementation's default (each documents it).
   *
   * @param query which language and order; {@link CategoryQuery#defaults()} for the service's own
   * @return the top-level categories; empty when there are none
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  List<CategoryNode> categoryTree(CategoryQuery query);

  /**
   * The category tree in the service's default language and order: {@code categoryTree(CategoryQuery.defaults())}.
   *
   * @return the top-level categories; empty when there are none
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  default List<CategoryNode> categoryTree() {
    return categoryTree(CategoryQuery.defaults());
  }

  /**
   * Finds one category by its id.
   *
   * @param id the category's id; it must pass {@link CategoryId#requireWellFormed()}
   * @return the category, or empty when there is none with that id
   * @throws IllegalArgumentException if the id is not well-formed, before any lookup
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  Optional<Category> findCategory(CategoryId id);
}
