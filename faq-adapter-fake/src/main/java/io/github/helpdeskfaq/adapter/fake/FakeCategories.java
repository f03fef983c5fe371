package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's categories and their trees for each {@link CategoryQuery}, as {@link FakeHelpdesk.Builder#category}
 * describes them. Written through {@link FakeWriter}; every method holds this object's lock.
 */
final class FakeCategories {

  /** The platform's parent id of a top-level category. */
  static final CategoryId NO_PARENT = CategoryId.of("0");

  private final Map<CategoryId, Category> byId;

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
    int reachable = childrenOf(Optional.empty(), byId, false).stream().mapToInt(CategoryNode::size).sum();
    if (reachable != byId.size()) {
      throw new IllegalArgumentException("the parents of some seeded categories form a cycle; reachable are "
          + reachable + " of " + byId.size());
    }
  }

  synchronized Optional<Category> find(CategoryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized boolean contains(CategoryId id) {
    return byId.containsKey(id);
  }

  /** The tree of the query's language (every category without one), in its order (as added without one). */
  synchronized List<CategoryNode> tree(CategoryQuery query) {
    boolean reversed = query.order().filter(order -> !order.ascending()).isPresent();
    if (query.language().isEmpty()) {
      return childrenOf(Optional.empty(), byId, reversed);
    }
    Map<CategoryId, Category> inLanguage = new LinkedHashMap<>();
    byId.forEach((id, category) -> {
      if (category.language().filter(query.language().get()::equalsIgnoreCase).isPresent()) {
        inLanguage.put(id, category);
      }
    });
    return childrenOf(Optional.empty(), inLanguage, reversed);
  }

  synchronized int size() {
    return byId.size();
  }

  /** Adds a category under a parent that exists, or at the top; refuses an unknown parent. */
  synchronized Category add(CategoryId id, NewCategory value) {
    CategoryId parent = value.parent().orElse(NO_PARENT);
    requireParent(parent);
    Category category = new Category(Optional.of(id), Optional.of(id.value()), Optional.of(value.name()),
        Optional.of(parent), Optional.empty(), value.language());
    byId.put(id, category);
    return category;
  }

  /** Renames or moves a category; false if there is none; refuses an unknown parent and a cycle. */
  synchronized boolean change(CategoryId id, CategoryChange change) {
    Category old = byId.get(id);
    if (old == null) {
      return false;
    }
    Optional<CategoryId> parent = change.parent();
    if (parent.isPresent()) {
      requireParent(parent.get());
      for (Optional<CategoryId> at = parent; at.isPresent() && byId.containsKey(at.get());
          at = byId.get(at.get()).parentId()) {
        if (at.get().equals(id)) {
          throw new FaqRequestRejectedException("category " + id + " cannot move under itself or its subcategory "
              + parent.get(), null, null);
        }
      }
    }
    byId.put(id, new Category(old.id(), old.legacyId(), change.name().or(old::name), parent.or(old::parentId),
        old.helpdeskId(), old.language()));
    return true;
  }

  /** Removes a category; false if there is none; refuses one that has subcategories. */
  synchronized boolean remove(CategoryId id) {
    if (!byId.containsKey(id)) {
      return false;
    }
    if (!childrenOf(Optional.of(id), byId, false).isEmpty()) {
      throw new FaqRequestRejectedException("category " + id + " has subcategories: delete or move them first",
          null, null);
    }
    byId.remove(id);
    return true;
  }

  private void requireParent(CategoryId parent) {
    if (!parent.equals(NO_PARENT) && !byId.containsKey(parent)) {
      throw new FaqRequestRejectedException("no category " + parent + " to file under", null, null);
    }
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
