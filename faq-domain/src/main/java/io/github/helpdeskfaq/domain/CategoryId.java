package io.github.helpdeskfaq.domain;

import java.util.Objects;

/**
 * The id of a FAQ category, as the server sent it.
 *
 * <p>Carried, not validated: only the server hands these ids out, so any value is kept as it came (a strange id must
 * not turn a good answer into an error). Only {@code null} is refused. The one lookup by a category id that puts it
 * into a URL ({@link CategoryRepository#findCategory}) checks it first with {@link #pathSegment()}.
 *
 * @param value the id itself, possibly empty or holding any character
 */
public record CategoryId(String value) {

  /** Refuses {@code null} only. */
  public CategoryId {
    Objects.requireNonNull(value, "category id must not be null");
  }

  /**
   * The id, as sent.
   *
   * @param value the id
   * @return the id
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
