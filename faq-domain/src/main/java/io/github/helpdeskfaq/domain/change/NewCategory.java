package io.github.helpdeskfaq.domain.change;

import io.github.helpdeskfaq.domain.CategoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * A category to create, validated when made: the name is one line, not blank; the parent, if any, is well-formed
 * (none makes a top-level category); the language, if any, is one line (the platform's examples: {@code zh_cn},
 * {@code en_us}).
 *
 * @param name the name
 * @param parent the parent category
 * @param language the language of the name
 */
public record NewCategory(String name, Optional<CategoryId> parent, Optional<String> language) {

  /** Validates the components. */
  public NewCategory {
    Texts.requireLine("name", name);
    Objects.requireNonNull(parent, "parent must not be null (use Optional.empty())")
        .ifPresent(CategoryId::requireWellFormed);
    Objects.requireNonNull(language, "language must not be null (use Optional.empty())")
        .ifPresent(value -> Texts.requireLine("language", value));
  }

  /**
   * A top-level category in the helpdesk's default language.
   *
   * @param name the name
   * @return the value
   */
  public static NewCategory named(String name) {
    return new NewCategory(name, Optional.empty(), Optional.empty());
  }

  /**
   * This category under a parent.
   *
   * @param id the parent's id
   * @return a new value
   */
  public NewCategory under(CategoryId id) {
    return new NewCategory(name, Optional.of(id), language);
  }

  /**
   * This category with its name in a language.
   *
   * @param value the language, for example {@code en_us}
   * @return a new value
   */
  public NewCategory inLanguage(String value) {
    return new NewCategory(name, parent, Optional.of(value));
  }
}
