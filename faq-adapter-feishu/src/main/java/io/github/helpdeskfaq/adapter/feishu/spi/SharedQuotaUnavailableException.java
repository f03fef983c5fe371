package io.github.helpdeskfaq.adapter.feishu.spi;

/**
 * The store behind a {@link SharedQuota} cannot answer now: it is unreachable, or slower than the quota's timeout.
 * The service that the quota guards may well be fine, so a caller carries on under its own local limit rather than
 * failing its call. Messages never contain credentials.
 */
public class SharedQuotaUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An outage of the quota's store.
   *
   * @param message what went wrong, readable by a person; no credentials
   * @param cause the underlying failure, or null
   */
  public SharedQuotaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
