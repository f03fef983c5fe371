package io.github.helpdeskfaq.domain.port;

import java.time.Duration;
import java.util.Optional;

/**
 * The service cannot answer now: it is throttling the caller (or the client throttled itself), its circuit is open,
 * it timed out, it failed, or it answered with something that could not be read. Trying again later may succeed;
 * {@link #retryAfter()} says when, if known, and {@link #attempts()} how many requests were made.
 *
 * <p>{@link #summary()} is rendered from the data:
 * {@code "<description> (code <c>) (retry after <d>) (after <n> attempts)"}, each part only when it applies; the
 * message adds the diagnostics, as {@link FaqRepositoryException#getMessage()} says.
 */
public class FaqServiceUnavailableException extends FaqRepositoryException {

  private static final long serialVersionUID = 2L;

  /** Null when unknown: an {@code Optional} field is not serializable. */
  private final Duration retryAfter;
  private final int attempts;

  /**
   * An outage without diagnostics.
   *
   * @param description what went wrong, readable by a person, without the data below
   * @param serviceCode the service's code for it, or null
   * @param retryAfter how long to wait before trying again, or null when not known
   * @param attempts how many requests were made for the call: 0 when none was (refused client-side), 1 without
   *     retries
   * @param cause the underlying failure, or null
   * @throws IllegalArgumentException if attempts or retryAfter is negative
   */
  public FaqServiceUnavailableException(String description, Integer serviceCode, Duration retryAfter, int attempts,
      Throwable cause) {
    this(description, serviceCode, retryAfter, attempts, Diagnostics.none(), cause);
  }

  /**
   * An outage.
   *
   * @param description what went wrong, readable by a person, without the data below
   * @param serviceCode the service's code for it, or null
   * @param retryAfter how long to wait before trying again, or null when not known
   * @param attempts how many requests were made for the call: 0 when none was (refused client-side), 1 without
   *     retries
   * @param diagnostics what else the service said; {@link Diagnostics#none()} when nothing
   * @param cause the underlying failure, or null
   * @throws IllegalArgumentException if attempts or retryAfter is negative
   */
  public FaqServiceUnavailableException(String description, Integer serviceCode, Duration retryAfter, int attempts,
      Diagnostics diagnostics, Throwable cause) {
    super(description, serviceCode, diagnostics, cause);
    if (attempts < 0 || retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("attempts and retryAfter must not be negative, were " + attempts + " and "
          + retryAfter);
    }
    this.retryAfter = retryAfter;
    this.attempts = attempts;
  }

  /**
   * How long to wait before trying again.
   *
   * @return the wait, when the service (or the client's own throttling or circuit breaker) said
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * How many requests were made for the call that failed, retries included.
   *
   * @return 0 when the call was refused before any request, else at least 1
   */
  public int attempts() {
    return attempts;
  }

  @Override
  public String summary() {
    StringBuilder message = new StringBuilder(super.summary());
    if (retryAfter != null) {
      message.append(" (retry after ").append(shown(retryAfter)).append(')');
    }
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    return message.toString();
  }

  /** Whole seconds as {@code "7 s"}, anything finer as {@code "150 ms"}. */
  private static String shown(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }
}
