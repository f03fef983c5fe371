package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.CategoryRepository;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which category tree {@link CategoryRepository#categoryTree(CategoryQuery)} returns: the categories of one language,
 * in one order. Every part is optional; {@link #defaults()} sets none, and the service answers as it does by default.
 * Build one with the withers: {@code CategoryQuery.defaults().inLanguage("en_us")}.
 *
 * @param language only the categories of this language, in the platform's form: {@code zh_cn}, {@code en_us},
 *     {@code ja_jp}; kept in lower case
 * @param order the order of the categories at every level of the tree
 */
public record CategoryQuery(Optional<String> language, Optional<CategoryOrder> order) {

  private static final CategoryQuery DEFAULTS = new CategoryQuery(Optional.empty(), Optional.empty());
  /** Letters, then an underscore and letters or digits: {@code zh_cn}, {@code en_us}, {@code ja_jp}; any case. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(_[A-Za-z0-9]{2,4})?");

  /**
   * Validates the components and puts the language in lower case. A language of another form is refused before any
   * request, so that nothing but such a code reaches the service.
   */
  public CategoryQuery {
    Objects.requireNonNull(language, "language must not be null (use Optional.empty())");
    Objects.requireNonNull(order, "order must not be null (use Optional.empty())");
    if (language.isPresent() && !LANGUAGE.matcher(language.get()).matches()) {
      throw new IllegalArgumentException("category language must be a code such as zh_cn, en_us or ja_jp, was "
          + Identifiers.show(language.get()));
    }
    language = language.map(value -> value.toLowerCase(Locale.ROOT));
  }

  /**
   * The query that sets nothing: the service's default language and order.
   *
   * @return the default query
   */
  public static CategoryQuery defaults() {
    return DEFAULTS;
  }

  /**
   * This query, for the categories of one language.
   *
   * @param value the language, such as {@code en_us}, in any case
   * @return a new query
   * @throws IllegalArgumentException if the value is not such a code
   */
  public CategoryQuery inLanguage(String value) {
    return new CategoryQuery(Optional.of(Objects.requireNonNull(value, "language must not be null")), order);
  }

  /**
   * This query, in one order.
   *
   * @param value the order
   * @return a new query
   */
  public CategoryQuery orderedBy(CategoryOrder value) {
    return new CategoryQuery(language, Optional.of(Objects.requireNonNull(value, "order must not be null")));
  }
}
