package io.github.helpdeskfaq.domain;

import java.util.Objects;

/**
 * Where the next page of a listing starts: an opaque token that an implementation hands out with a {@link Page} and
 * takes back in a {@link PageRequest}. Callers keep it and pass it back unchanged; its content means nothing outside
 * the implementation that made it.
 *
 * @param value the token as the implementation made it; not empty
 */
public record PageCursor(String value) {

  /** Refuses an empty token: the platform's "no more pages" is an absent cursor, never an empty one. */
  public PageCursor {
    Objects.requireNonNull(value, "page cursor must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("page cursor must not be empty");
    }
  }

  /**
   * A cursor from its token.
   *
   * @param value the token
   * @return the cursor
   * @throws IllegalArgumentException if the token is empty
   */
  public static PageCursor of(String value) {
    return new PageCursor(value);
  }
}
