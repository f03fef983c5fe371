package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.CategoryRepository;
import java.util.Objects;

/**
 * The id of a FAQ category, as the server sent it.
 *
 * <p>Carried, not validated: only the server hands these ids out, so any value is kept as it came (a strange id must
 * not turn a good answer into an error). Only {@code null} is refused. The one lookup by a category id
 * ({@link CategoryRepository#findCategory}) checks it first with {@link #requireWellFormed()}.
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
   * This id, if it has the form of the ids the helpdesk hands out (the rules of {@link FaqId}): only such an id can
   * be looked up ({@link CategoryRepository#findCategory}).
   *
   * @return this id
   * @throws IllegalArgumentException if it has another form; the message names the reason
   */
  public CategoryId requireWellFormed() {
    Identifiers.requireWellFormed("category id", value);
    return this;
  }

  @Override
  public String toString() {
    return value;
  }
}
