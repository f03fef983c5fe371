package io.github.helpdeskfaq.domain;

/**
 * The id of a helpdesk (service desk).
 *
 * <p>An id that the server hands out and this library only carries: any non-blank value without control characters.
 *
 * @param value the helpdesk id itself
 */
public record HelpdeskId(String value) {

  /** Validates the value. */
  public HelpdeskId {
    Identifiers.requireOpaque("helpdesk id", value);
  }

  /**
   * Creates a helpdesk id from its string form.
   *
   * @param value the helpdesk id
   * @return the validated helpdesk id
   * @throws IllegalArgumentException if the value is blank or holds control characters
   * @throws NullPointerException if the value is null
   */
  public static HelpdeskId of(String value) {
    return new HelpdeskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
