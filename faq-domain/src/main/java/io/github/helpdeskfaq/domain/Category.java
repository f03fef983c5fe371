package io.github.helpdeskfaq.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A category that a FAQ is filed under. Every component may be absent, as it may be on the wire.
 *
 * @param id the category's id
 * @param legacyId the category's legacy id, usually equal to its id
 * @param name the category's name
 * @param parentId the parent category's id; a top-level category has none, or one that names no category
 * @param helpdeskId the helpdesk the category belongs to
 * @param language the category's language, for example {@code zh_cn}
 */
public record Category(
    Optional<CategoryId> id,
    Optional<String> legacyId,
    Optional<String> name,
    Optional<CategoryId> parentId,
    Optional<HelpdeskId> helpdeskId,
    Optional<String> language) {

  /** Validates the components. */
  public Category {
    Objects.requireNonNull(id, "id must not be null (use Optional.empty())");
    Objects.requireNonNull(legacyId, "legacyId must not be null (use Optional.empty())");
    Objects.requireNonNull(name, "name must not be null (use Optional.empty())");
    Objects.requireNonNull(parentId, "parentId must not be null (use Optional.empty())");
    Objects.requireNonNull(helpdeskId, "helpdeskId must not be null (use Optional.empty())");
    Objects.requireNonNull(language, "language must not be null (use Optional.empty())");
  }

  /**
   * A category with an id and a name and nothing else.
   *
   * @param id the category's id
   * @param name the category's name
   * @return the category
   */
  public static Category of(CategoryId id, String name) {
    return new Category(Optional.of(id), Optional.empty(), Optional.of(name), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
