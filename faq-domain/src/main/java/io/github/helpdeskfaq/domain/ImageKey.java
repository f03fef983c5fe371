package io.github.helpdeskfaq.domain;

/**
 * The key of an image in a FAQ's answer (for example {@code img_b07ffac0-19c1-48a3-afca-599f8ea825fj}).
 *
 * <p>Validated on construction, in the form of the helpdesk's ids: ASCII letters, digits, {@code -}, {@code _} and
 * {@code .}; at most 128 characters; not blank, not {@code .} or {@code ..}. Anything else is refused with an
 * {@link IllegalArgumentException} that names the field and the offending character, before any lookup.
 *
 * @param value the image key itself
 */
public record ImageKey(String value) {

  /** Validates the value. */
  public ImageKey {
    Identifiers.requireWellFormed("image key", value);
  }

  /**
   * Creates a image key from its string form.
   *
   * @param value the image key
   * @return the validated image key
   * @throws IllegalArgumentException if the value is not a valid image key
   * @throws NullPointerException if the value is null
   */
  public static ImageKey of(String value) {
    return new ImageKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
