package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's categories, fixed when it is built, and their tree: a category whose parent is absent, {@code 0} (the
 * platform's "no parent") or not among the categories is a top-level one; children keep the order they were seeded
 * in.
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
    this.tree = childrenOf(Optional.empty());
    int reachable = tree.stream().mapToInt(CategoryNode::size).sum();
    if (reachable != byId.size()) {
      throw new IllegalArgumentException("the parents of some seeded categories form a cycle; reachable are "
          + reachable + " of " + byId.size());
    }
  }

  Optional<Category> find(CategoryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<CategoryNode> tree() {
    return tree;
  }

  int size() {
    return byId.size();
  }

  private List<CategoryNode> childrenOf(Optional<CategoryId> parent) {
    List<CategoryNode> children = new ArrayList<>();
    for (Category category : byId.values()) {
      if (parentOf(category).equals(parent)) {
        children.add(new CategoryNode(category, childrenOf(category.id())));
      }
    }
    return children;
  }

  /** The parent this tree files the category under: empty for a top-level one. */
  private Optional<CategoryId> parentOf(Category category) {
    return category.parentId().filter(byId::containsKey).filter(parent -> !parent.equals(category.id().get()));
  }
}
