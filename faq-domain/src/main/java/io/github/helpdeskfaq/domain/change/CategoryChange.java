package io.github.helpdeskfaq.domain.change;

import io.github.helpdeskfaq.domain.CategoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to a category: a new name, a new parent, or both; what it does not name stays. Validated when made, with
 * the rules of {@link NewCategory}, and at least one field named.
 *
 * @param name the new name
 * @param parent the new parent
 */
public record CategoryChange(Optional<String> name, Optional<CategoryId> parent) {

  /** Validates the components. */
  public CategoryChange {
    Objects.requireNonNull(name, "name must not be null (use Optional.empty())")
        .ifPresent(value -> Texts.requireLine("name", value));
    Objects.requireNonNull(parent, "parent must not be null (use Optional.empty())")
        .ifPresent(CategoryId::requireWellFormed);
    if (name.isEmpty() && parent.isEmpty()) {
      throw new IllegalArgumentException("a change must name at least one field");
    }
  }

  /**
   * A new name.
   *
   * @param name the name
   * @return the change
   */
  public static CategoryChange rename(String name) {
    return new CategoryChange(Optional.of(name), Optional.empty());
  }

  /**
   * A new parent.
   *
   * @param parent the parent's id
   * @return the change
   */
  public static CategoryChange moveUnder(CategoryId parent) {
    return new CategoryChange(Optional.empty(), Optional.of(parent));
  }
}
