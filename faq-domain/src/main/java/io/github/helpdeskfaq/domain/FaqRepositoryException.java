package io.github.helpdeskfaq.domain;

import java.util.OptionalInt;

/**
 * A failure to read the knowledge base. The subclasses name the outcomes a caller usually handles; this class itself
 * stands for any other failure the service reported, with the service's own code when it gave one.
 *
 * <p>Messages never contain credentials or tokens.
 */
public class FaqRepositoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The service's code, or {@link Integer#MIN_VALUE} when it gave none (an {@code OptionalInt} is not serializable). */
  private final int serviceCode;

  /**
   * A failure without a service code.
   *
   * @param message what went wrong, readable by a person
   * @param cause the underlying failure, or null
   */
  public FaqRepositoryException(String message, Throwable cause) {
    super(message, cause);
    this.serviceCode = Integer.MIN_VALUE;
  }

  /**
   * A failure that the service reported with a code of its own.
   *
   * @param message what went wrong, readable by a person
   * @param serviceCode the service's code for it (Feishu's {@code code}, for example {@code 154004})
   * @param cause the underlying failure, or null
   */
  public FaqRepositoryException(String message, int serviceCode, Throwable cause) {
    super(message, cause);
    this.serviceCode = serviceCode;
  }

  /**
   * The service's code for this failure.
   *
   * @return the code, when the service gave one
   */
  public OptionalInt serviceCode() {
    return serviceCode == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(serviceCode);
  }
}
