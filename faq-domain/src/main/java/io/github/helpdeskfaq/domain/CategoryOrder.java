package io.github.helpdeskfaq.domain;

import java.util.Objects;

/**
 * An order of the category tree that the platform offers: by a {@link Key}, oldest or newest first, at every level of
 * the tree. The shape is the platform's "list categories" page (获取全部知识库分类): {@code order_by} (1: by update
 * time) and {@code asc} ({@code true}: ascending).
 *
 * @param key what the categories are ordered by
 * @param ascending {@code true} for the smallest (the oldest) first
 */
public record CategoryOrder(Key key, boolean ascending) {

  /** What categories can be ordered by. */
  public enum Key {
    /** When the category was last updated. */
    UPDATE_TIME
  }

  /** Validates the components. */
  public CategoryOrder {
    Objects.requireNonNull(key, "key must not be null");
  }

  /**
   * Ascending by a key: the oldest first.
   *
   * @param key what to order by
   * @return the order
   */
  public static CategoryOrder ascending(Key key) {
    return new CategoryOrder(key, true);
  }

  /**
   * Descending by a key: the newest first.
   *
   * @param key what to order by
   * @return the order
   */
  public static CategoryOrder descending(Key key) {
    return new CategoryOrder(key, false);
  }
}
