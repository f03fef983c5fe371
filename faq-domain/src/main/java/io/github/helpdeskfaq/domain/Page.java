package io.github.helpdeskfaq.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a listing: its items in the order served, the cursor of the next page when there is one, and the
 * number of matches in the whole listing when the implementation tells.
 *
 * @param items the page's items; may be empty even when a next page follows
 * @param next where the next page starts; empty on the last page
 * @param total how many items the whole listing holds, when known
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<PageCursor> next, OptionalLong total) {

  /** Validates the components and copies the items. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
    Objects.requireNonNull(next, "next must not be null (use Optional.empty())");
    Objects.requireNonNull(total, "total must not be null (use OptionalLong.empty())");
    if (total.isPresent() && total.getAsLong() < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total.getAsLong());
    }
  }

  /**
   * The last page of a listing, without a total.
   *
   * @param items the items
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, Optional.empty(), OptionalLong.empty());
  }

  /**
   * Whether another page follows.
   *
   * @return true when {@link #next()} is present
   */
  public boolean hasMore() {
    return next.isPresent();
  }
}
