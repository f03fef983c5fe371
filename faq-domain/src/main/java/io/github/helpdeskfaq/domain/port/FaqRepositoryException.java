package io.github.helpdeskfaq.domain.port;

import java.util.OptionalInt;

/**
 * A failure to read the knowledge base. The subclasses name the outcomes a caller usually handles; this class itself
 * stands for any other failure the service reported.
 *
 * <p>It carries data, not text to be parsed: {@link #description()} says what happened in words, and
 * {@link #serviceCode()} the service's own code, if it gave one. {@link #getMessage()} is rendered from them, for
 * people: {@code "<description> (code <serviceCode>)"}. Messages never contain credentials or tokens.
 */
public class FaqRepositoryException extends RuntimeException {

  private static final long serialVersionUID = 2L;

  private final String description;
  /** Null when the service gave none: an {@code OptionalInt} is not serializable. */
  private final Integer serviceCode;

  /**
   * A failure.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param cause the underlying failure, or null
   */
  public FaqRepositoryException(String description, Integer serviceCode, Throwable cause) {
    super(description, cause);
    this.description = String.valueOf(description);
    this.serviceCode = serviceCode;
  }

  /**
   * What went wrong, in words, without the data that the other accessors carry.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The service's code for this failure.
   *
   * @return the code, when the service gave one
   */
  public OptionalInt serviceCode() {
    return serviceCode == null ? OptionalInt.empty() : OptionalInt.of(serviceCode);
  }

  /** The description followed by the code, when there is one: {@code "no access (code 154003)"}. */
  @Override
  public String getMessage() {
    return serviceCode == null ? description : description + " (code " + serviceCode + ")";
  }
}
