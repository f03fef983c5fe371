package io.github.helpdeskfaq.domain;

/** The service refused the request itself as malformed; repeating it unchanged will fail again. */
public class FaqRequestRejectedException extends FaqRepositoryException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure without a service code.
   *
   * @param message what went wrong, readable by a person
   * @param cause the underlying failure, or null
   */
  public FaqRequestRejectedException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure that the service reported with a code of its own.
   *
   * @param message what went wrong, readable by a person
   * @param serviceCode the service's code for it
   * @param cause the underlying failure, or null
   */
  public FaqRequestRejectedException(String message, int serviceCode, Throwable cause) {
    super(message, serviceCode, cause);
  }
}
