package io.github.helpdeskfaq.domain;

/**
 * The id of a FAQ, as Feishu hands it out (for example {@code 6936004780707807231}).
 *
 * <p>Validated on construction so that it is safe to put in a URL path: ASCII letters, digits, {@code -},
 * {@code _} and {@code .}; at most 128 characters; not blank, not {@code .} or {@code ..}. Anything else is
 * refused with an {@link IllegalArgumentException} that names the field and the offending character.
 *
 * @param value the faq id itself
 */
public record FaqId(String value) {

  /** Validates the value. */
  public FaqId {
    Identifiers.requirePathSegment("faq id", value);
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
