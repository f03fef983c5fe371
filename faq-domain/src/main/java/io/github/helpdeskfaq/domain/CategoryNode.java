package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.CategoryRepository;
import java.util.List;
import java.util.Objects;

/**
 * A category with its subcategories: one node of the category tree that
 * {@link CategoryRepository#categoryTree(CategoryQuery)} returns. Built from the leaves up, so a tree can hold no
 * cycle.
 *
 * @param category the category, as the service sent it
 * @param children its subcategories, in the order served; empty for a leaf
 */
public record CategoryNode(Category category, List<CategoryNode> children) {

  /** Validates the components and copies the children. */
  public CategoryNode {
    Objects.requireNonNull(category, "category must not be null");
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }

  /**
   * A category without subcategories.
   *
   * @param category the category
   * @return the leaf
   */
  public static CategoryNode leaf(Category category) {
    return new CategoryNode(category, List.of());
  }

  /**
   * How many categories this node's subtree holds, itself included.
   *
   * @return at least 1
   */
  public int size() {
    int size = 1;
    for (CategoryNode child : children) {
      size += child.size();
    }
    return size;
  }
}
