package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's categories, fixed when it is built, and their trees for each {@link CategoryQuery}, as
 * {@link FakeHelpdesk.Builder#category} describes them.
 */
final class FakeCategories {

  private final Map<CategoryId, Category> byId;
  private final List<CategoryNode> tree;

  /**
   * @throws IllegalArgumentException if a category has no id, or the parents form a cycle
   */
  FakeCategories(List<Category> seeded) {
    Map<CategoryId, Category> ids = new LinkedHashMap<>();
    for (Category category : seeded) {
      CategoryId id = category.id().orElseThrow(
          () -> new IllegalArgumentException("a seeded category needs an id: " + category));
      ids.put(id, category);
    }
    this.byId = ids;
    this.tree = childrenOf(Optional.empty(), byId, false);
    int reachable = tree.stream().mapToInt(CategoryNode::size).sum();
    if (reachable != byId.size()) {
      throw new IllegalArgumentException("the parents of some seeded categories form a cycle; reachable are "
          + reachable + " of " + byId.size());
    }
  }

  Optional<Category> find(CategoryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The tree of the query's language (every category without one), in its order (as seeded without one). */
  List<CategoryNode> tree(CategoryQuery query) {
    boolean reversed = query.order().filter(order -> !order.ascending()).isPresent();
    if (query.language().isEmpty()) {
      return reversed ? childrenOf(Optional.empty(), byId, true) : tree;
    }
    Map<CategoryId, Category> inLanguage = new LinkedHashMap<>();
    byId.forEach((id, category) -> {
      if (category.language().filter(query.language().get()::equalsIgnoreCase).isPresent()) {
        inLanguage.put(id, category);
      }
    });
    return childrenOf(Optional.empty(), inLanguage, reversed);
  }

  int size() {
    return byId.size();
  }

  private static List<CategoryNode> childrenOf(Optional<CategoryId> parent, Map<CategoryId, Category> among,
      boolean reversed) {
    List<CategoryNode> children = new ArrayList<>();
    for (Category category : among.values()) {
      if (parentOf(category, among).equals(parent)) {
        children.add(new CategoryNode(category, childrenOf(category.id(), among, reversed)));
      }
    }
    if (reversed) {
      Collections.reverse(children);
    }
    return children;
  }

  /** The parent this tree files the category under: empty for a top-level one. */
  private static Optional<CategoryId> parentOf(Category category, Map<CategoryId, Category> among) {
    return category.parentId().filter(among::containsKey).filter(parent -> !parent.equals(category.id().get()));
  }
}
