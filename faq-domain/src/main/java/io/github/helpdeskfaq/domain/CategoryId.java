package io.github.helpdeskfaq.domain;

/**
 * The id of a FAQ category.
 *
 * <p>An id that the server hands out and this library only carries: any non-blank value without control characters.
 *
 * @param value the category id itself
 */
public record CategoryId(String value) {

  /** Validates the value. */
  public CategoryId {
    Identifiers.requireOpaque("category id", value);
  }

  /**
   * Creates a category id from its string form.
   *
   * @param value the category id
   * @return the validated category id
   * @throws IllegalArgumentException if the value is blank or holds control characters
   * @throws NullPointerException if the value is null
   */
  public static CategoryId of(String value) {
    return new CategoryId(value);
  }

  /**
   * The id as one segment of a URL path, for a lookup by id ({@link CategoryRepository#findCategory}). A category id
   * is carried as the server sent it, but one that goes into a URL must pass the rules of {@link FaqId}.
   *
   * @return the value, unchanged
   * @throws IllegalArgumentException if the value is not safe as a path segment; the message names the reason
   */
  public String pathSegment() {
    return Identifiers.requirePathSegment("category id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
