package io.github.helpdeskfaq.domain;

/** The service refused the caller: the credentials or tokens are wrong, the app and helpdesk are in different tenants, or the app lacks the permission to read the helpdesk. */
public class FaqAccessDeniedException extends FaqRepositoryException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure without a service code.
   *
   * @param message what went wrong, readable by a person
   * @param cause the underlying failure, or null
   */
  public FaqAccessDeniedException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure that the service reported with a code of its own.
   *
   * @param message what went wrong, readable by a person
   * @param serviceCode the service's code for it
   * @param cause the underlying failure, or null
   */
  public FaqAccessDeniedException(String message, int serviceCode, Throwable cause) {
    super(message, serviceCode, cause);
  }
}
