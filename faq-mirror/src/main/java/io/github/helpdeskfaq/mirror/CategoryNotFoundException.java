package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.CategoryId;
import java.util.Objects;

/** The category to mirror is not in the helpdesk's category tree; nothing was written. */
public final class CategoryNotFoundException extends MirrorException {

  private static final long serialVersionUID = 1L;

  private final transient CategoryId categoryId;

  CategoryNotFoundException(CategoryId categoryId) {
    super("category " + categoryId + " is not in the helpdesk's category tree", null);
    this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
  }

  /**
   * The category asked for.
   *
   * @return its id
   */
  public CategoryId categoryId() {
    return categoryId;
  }
}
