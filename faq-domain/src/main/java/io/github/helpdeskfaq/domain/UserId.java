package io.github.helpdeskfaq.domain;

/**
 * The id of a helpdesk user (an {@code open_id} such as {@code ou_37019b7c830210acd88fdce886e25c71}).
 *
 * <p>An id that the server hands out and this library only carries: any non-blank value without control characters.
 *
 * @param value the user id itself
 */
public record UserId(String value) {

  /** Validates the value. */
  public UserId {
    Identifiers.requireOpaque("user id", value);
  }

  /**
   * Creates a user id from its string form.
   *
   * @param value the user id
   * @return the validated user id
   * @throws IllegalArgumentException if the value is blank or holds control characters
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
