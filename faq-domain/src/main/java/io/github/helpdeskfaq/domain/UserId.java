package io.github.helpdeskfaq.domain;

import java.util.Objects;

/**
 * The id of a helpdesk user (an {@code open_id} such as {@code ou_37019b7c830210acd88fdce886e25c71}), as the server sent it.
 *
 * <p>Carried, not validated: only the server hands these ids out and nothing looks anything up by them, so any
 * value is kept as it came (a strange id must not turn a good answer into an error). Only {@code null} is refused.
 *
 * @param value the id itself, possibly empty or holding any character
 */
public record UserId(String value) {

  /** Refuses {@code null} only. */
  public UserId {
    Objects.requireNonNull(value, "user id must not be null");
  }

  /**
   * The id, as sent.
   *
   * @param value the id
   * @return the id
   * @throws NullPointerException if the value is null
   */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
