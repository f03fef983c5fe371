package io.github.helpdeskfaq.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which page of a listing to read: the first, or the one a {@link PageCursor} points at; of the implementation's
 * default size, or of a size the caller chose. An implementation may serve fewer items than asked (it may cap the
 * size, and a page that is not the last may be short), so a caller follows {@link Page#next()}, never the count.
 *
 * @param cursor where the page starts; empty for the first page
 * @param size how many items to ask for at most; empty for the implementation's default
 */
public record PageRequest(Optional<PageCursor> cursor, OptionalInt size) {

  /** Validates the components. */
  public PageRequest {
    Objects.requireNonNull(cursor, "cursor must not be null (use Optional.empty())");
    Objects.requireNonNull(size, "size must not be null (use OptionalInt.empty())");
    if (size.isPresent() && size.getAsInt() < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + size.getAsInt());
    }
  }

  /**
   * The first page, of the implementation's default size.
   *
   * @return the request
   */
  public static PageRequest first() {
    return new PageRequest(Optional.empty(), OptionalInt.empty());
  }

  /**
   * The first page, of at most {@code size} items.
   *
   * @param size how many items to ask for; at least 1
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(Optional.empty(), OptionalInt.of(size));
  }

  /**
   * The page a cursor points at, of the implementation's default size.
   *
   * @param cursor the cursor of the previous page's {@link Page#next()}
   * @return the request
   */
  public static PageRequest after(PageCursor cursor) {
    return new PageRequest(Optional.of(Objects.requireNonNull(cursor, "cursor must not be null")),
        OptionalInt.empty());
  }

  /**
   * The page a cursor points at, of at most {@code size} items.
   *
   * @param cursor the cursor of the previous page's {@link Page#next()}
   * @param size how many items to ask for; at least 1
   * @return the request
   */
  public static PageRequest after(PageCursor cursor, int size) {
    return new PageRequest(Optional.of(Objects.requireNonNull(cursor, "cursor must not be null")),
        OptionalInt.of(size));
  }
}
