package io.github.helpdeskfaq.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The service cannot answer now: it is throttling the caller (or the client throttled itself), its circuit is open,
 * it timed out, it failed, or it answered with something that could not be read. Trying again later may succeed;
 * {@link #retryAfter()} says when, if the service said.
 */
public class FaqServiceUnavailableException extends FaqRepositoryException {

  private static final long serialVersionUID = 1L;

  /** Null when unknown: an {@code Optional} field is not serializable. */
  private final Duration retryAfter;

  /**
   * An outage without a service code or retry hint.
   *
   * @param message what went wrong, readable by a person
   * @param cause the underlying failure, or null
   */
  public FaqServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.retryAfter = null;
  }

  /**
   * An outage that the service reported with a code, and perhaps a time to wait.
   *
   * @param message what went wrong, readable by a person
   * @param serviceCode the service's code for it
   * @param retryAfter how long to wait before trying again, when known
   * @param cause the underlying failure, or null
   */
  public FaqServiceUnavailableException(String message, int serviceCode, Optional<Duration> retryAfter,
      Throwable cause) {
    super(message, serviceCode, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter must not be null").orElse(null);
  }

  /**
   * An outage without a service code, with a time to wait when known.
   *
   * @param message what went wrong, readable by a person
   * @param retryAfter how long to wait before trying again, when known
   * @param cause the underlying failure, or null
   */
  public FaqServiceUnavailableException(String message, Optional<Duration> retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter must not be null").orElse(null);
  }

  /**
   * How long to wait before trying again.
   *
   * @return the wait the service asked for, when it said
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
