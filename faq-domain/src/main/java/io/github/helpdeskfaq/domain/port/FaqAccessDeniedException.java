package io.github.helpdeskfaq.domain.port;

/**
 * The service refused the caller: the credentials or tokens are wrong, the app and helpdesk are in different
 * tenants, or the app lacks the permission to read the helpdesk.
 */
public class FaqAccessDeniedException extends FaqRepositoryException {

  private static final long serialVersionUID = 2L;

  /**
   * A refusal without diagnostics.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param cause the underlying failure, or null
   */
  public FaqAccessDeniedException(String description, Integer serviceCode, Throwable cause) {
    super(description, serviceCode, cause);
  }

  /**
   * A refusal.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param diagnostics what else the service said; {@link Diagnostics#none()} when nothing
   * @param cause the underlying failure, or null
   */
  public FaqAccessDeniedException(String description, Integer serviceCode, Diagnostics diagnostics, Throwable cause) {
    super(description, serviceCode, diagnostics, cause);
  }
}
