package io.github.helpdeskfaq.domain.port;

/** The service refused the request itself as malformed; repeating it unchanged will fail again. */
public class FaqRequestRejectedException extends FaqRepositoryException {

  private static final long serialVersionUID = 2L;

  /**
   * A rejection without diagnostics.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param cause the underlying failure, or null
   */
  public FaqRequestRejectedException(String description, Integer serviceCode, Throwable cause) {
    super(description, serviceCode, cause);
  }

  /**
   * A rejection.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param diagnostics what else the service said; {@link Diagnostics#none()} when nothing
   * @param cause the underlying failure, or null
   */
  public FaqRequestRejectedException(String description, Integer serviceCode, Diagnostics diagnostics,
      Throwable cause) {
    super(description, serviceCode, diagnostics, cause);
  }
}
