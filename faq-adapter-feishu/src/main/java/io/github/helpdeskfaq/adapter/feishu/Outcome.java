package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.domain.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one exchange with Feishu came to, before it becomes the port's answer: the value, "absent", or a failure of
 * one of a few kinds. The decorators ({@link Resilience}) decide on the kind, the HTTP status and the code without
 * parsing anything again ({@link #isServerFailure()}, {@link #isRateLimited()}); {@link #toOptional()} turns it into
 * the port's answer.
 *
 * @param <T> the value of a successful exchange
 */
final class Outcome<T> {

  /** The kinds of outcome, each mapped onto one answer of the port. */
  enum Kind {
    /** Success: the value is present. */
    OK,
    /** No such FAQ or image: {@link Optional#empty()}. */
    ABSENT,
    /** Credentials refused or permission missing: {@link FaqAccessDeniedException}. */
    DENIED,
    /** The request was refused as malformed: {@link FaqRequestRejectedException}. */
    REJECTED,
    /** Throttled, failed, unreachable or unreadable: {@link FaqServiceUnavailableException}. */
    UNAVAILABLE,
    /** The tenant token was refused: refresh it and try once more; if it stays, {@link FaqAccessDeniedException}. */
    INVALID_TOKEN,
    /** Any other failure the service reported: {@link FaqRepositoryException} with its code. */
    FAILED
  }

  /** The HTTP status when no answer came at all. */
  static final int NO_STATUS = 0;
  private static final int NO_CODE = Integer.MIN_VALUE;

  private final Kind kind;
  private final T value;
  private final int httpStatus;
  private final int serviceCode;
  private final String message;
  private final Duration retryAfter;
  private final Throwable cause;
  private final boolean refusedLocally;

  private Outcome(Kind kind, T value, int httpStatus, int serviceCode, String message, Duration retryAfter,
      Throwable cause, boolean refusedLocally) {
    this.kind = kind;
    this.value = value;
    this.httpStatus = httpStatus;
    this.serviceCode = serviceCode;
    this.message = message;
    this.retryAfter = retryAfter;
    this.cause = cause;
    this.refusedLocally = refusedLocally;
  }

  static <T> Outcome<T> ok(T value, int httpStatus) {
    return new Outcome<>(Kind.OK, Objects.requireNonNull(value, "value"), httpStatus, NO_CODE, "ok", null, null,
        false);
  }

  /**
   * A failure, or "absent".
   *
   * @param kind anything but {@link Kind#OK}
   * @param httpStatus the status, or {@link #NO_STATUS}
   * @param serviceCode Feishu's code, when it gave one
   * @param message what happened, readable by a person, without secrets
   * @param retryAfter how long to wait, when the service said (or {@code null})
   * @param cause the underlying failure (or {@code null})
   */
  static <T> Outcome<T> failure(Kind kind, int httpStatus, OptionalInt serviceCode, String message,
      Duration retryAfter, Throwable cause) {
    if (kind == Kind.OK) {
      throw new IllegalArgumentException("a failure cannot be OK");
    }
    return new Outcome<>(kind, null, httpStatus, serviceCode.orElse(NO_CODE), Objects.requireNonNull(message),
        retryAfter, cause, false);
  }

  /** No answer, or an answer broken off: a failure of the transport, {@link Kind#UNAVAILABLE} without a status. */
  static <T> Outcome<T> transportFailure(String message, Throwable cause) {
    return failure(Kind.UNAVAILABLE, NO_STATUS, OptionalInt.empty(), message, null, cause);
  }

  /**
   * A call that the adapter itself did not send: the circuit breaker is open or no rate-limiter permit came in
   * time. {@link Kind#UNAVAILABLE} without a status; neither retried nor counted as a failure of Feishu.
   *
   * @param retryAfter when trying again makes sense, if known (or {@code null})
   */
  static <T> Outcome<T> refusedLocally(String message, Duration retryAfter) {
    return new Outcome<>(Kind.UNAVAILABLE, null, NO_STATUS, NO_CODE, Objects.requireNonNull(message), retryAfter,
        null, true);
  }

  /** The same outcome, its message followed by {@code note}: what the decorators did about it. */
  Outcome<T> withNote(String note) {
    return new Outcome<>(kind, value, httpStatus, serviceCode, message + note, retryAfter, cause, refusedLocally);
  }

  Kind kind() {
    return kind;
  }

  int httpStatus() {
    return httpStatus;
  }

  OptionalInt serviceCode() {
    return serviceCode == NO_CODE ? OptionalInt.empty() : OptionalInt.of(serviceCode);
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  String message() {
    return message;
  }

  /** Whether the adapter refused the call itself, without a request: see {@link #refusedLocally(String, Duration)}. */
  boolean refusedLocally() {
    return refusedLocally;
  }

  /** Feishu throttled the app: HTTP 429 or code 99991400 (which older APIs send with HTTP 400). */
  boolean isRateLimited() {
    return kind == Kind.UNAVAILABLE && (httpStatus == 429 || serviceCode == FeishuErrors.RATE_LIMITED);
  }

  /**
   * Feishu or the way to it failed: no answer, an answer broken off, a timeout, HTTP 5xx or code 155000. Not a
   * 4xx, not throttling, not an answer that arrived whole but could not be read, and not a local refusal.
   */
  boolean isServerFailure() {
    return kind == Kind.UNAVAILABLE && !refusedLocally && !isRateLimited()
        && (httpStatus == NO_STATUS || httpStatus >= 500 || serviceCode == FeishuErrors.INTERNAL_ERROR);
  }

  /**
   * The port's answer.
   *
   * @return the value, or empty when the FAQ or image is absent
   * @throws FaqRepositoryException (or a subclass) for every other outcome
   */
  Optional<T> toOptional() {
    switch (kind) {
      case OK:
        return Optional.of(value);
      case ABSENT:
        return Optional.empty();
      default:
        throw toException();
    }
  }

  private FaqRepositoryException toException() {
    boolean coded = serviceCode != NO_CODE;
    switch (kind) {
      case DENIED:
      case INVALID_TOKEN:
        return coded ? new FaqAccessDeniedException(message, serviceCode, cause)
            : new FaqAccessDeniedException(message, cause);
      case REJECTED:
        return coded ? new FaqRequestRejectedException(message, serviceCode, cause)
            : new FaqRequestRejectedException(message, cause);
      case UNAVAILABLE:
        return coded ? new FaqServiceUnavailableException(message, serviceCode, retryAfter(), cause)
            : new FaqServiceUnavailableException(message, retryAfter(), cause);
      default:
        return coded ? new FaqRepositoryException(message, serviceCode, cause)
            : new FaqRepositoryException(message, cause);
    }
  }

  @Override
  public String toString() {
    return "Outcome{" + kind + (refusedLocally ? ", refused locally" : "")
        + (httpStatus == NO_STATUS ? "" : ", HTTP " + httpStatus)
        + (serviceCode == NO_CODE ? "" : ", code " + serviceCode) + ", " + message + "}";
  }
}
