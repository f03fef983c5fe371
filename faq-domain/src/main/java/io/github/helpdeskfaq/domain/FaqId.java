package io.github.helpdeskfaq.domain;

/**
 * The id of a FAQ, as the helpdesk hands it out (for example {@code 6936004780707807231}).
 *
 * <p>Validated on construction, in the form of the helpdesk's ids: ASCII letters, digits, {@code -}, {@code _} and
 * {@code .}; at most 128 characters; not blank, not {@code .} or {@code ..}. Anything else is refused with an
 * {@link IllegalArgumentException} that names the field and the offending character, before any lookup.
 *
 * @param value the faq id itself
 */
public record FaqId(String value) {

  /** Validates the value. */
  public FaqId {
    Identifiers.requireWellFormed("faq id", value);
  }

  /**
   * Creates a faq id from its string form.
   *
   * @param value the faq id
   * @return the validated faq id
   * @throws IllegalArgumentException if the value is not a valid faq id
   * @throws NullPointerException if the value is null
   */
  public static FaqId of(String value) {
    return new FaqId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
