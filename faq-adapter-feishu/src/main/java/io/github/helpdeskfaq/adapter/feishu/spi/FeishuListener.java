package io.github.helpdeskfaq.adapter.feishu.spi;

import java.time.Duration;

/**
 * What the Feishu adapter reports about its calls, for metrics: calls and requests by endpoint and outcome with their
 * durations, retries, waits for rate-limit permits, the circuit breaker's and the shared quota's state, token
 * refreshes. Everything is reported in enums, so a metrics backend gets a bounded set of tag values: never an id, a
 * URL, a message or a secret. The one exception, {@link #logIdReceived}, is for logs, never for a tag.
 *
 * <p>The adapter calls the listener on the calling thread, synchronously, often concurrently: an implementation is
 * thread-safe, returns quickly and never throws (an exception from it would fail the caller's call). Every method
 * does nothing by default, so an implementation overrides what it records.
 */
public interface FeishuListener {

  /** Records nothing: the adapter's default. */
  FeishuListener NONE = new FeishuListener() {
    @Override
    public String toString() {
      return "FeishuListener.NONE";
    }
  };

  /**
   * A call of the port finished, as its caller sees it: its retries and its waits for permits included.
   *
   * @param endpoint what was asked for
   * @param outcome what the call came to
   * @param duration from the call's start to its answer (for an image: to the start of its bytes)
   */
  default void callFinished(Endpoint endpoint, Outcome outcome, Duration duration) {}

  /**
   * One request went to the service (each attempt, retries and token requests included) and came back, or failed
   * without an answer. Never reported for a call refused without a request.
   *
   * @param endpoint the endpoint requested
   * @param outcome how the service answered; {@link Outcome#RATE_LIMITED} is its 429
   * @param duration from sending the request to reading its answer (for an image: its head)
   */
  default void requestFinished(Endpoint endpoint, Outcome outcome, Duration duration) {}

  /**
   * Feishu named an answer with a log id: the id its support asks for about that request (the {@code X-Tt-Logid}
   * header, else an error body's {@code error.log_id}). Reported right after {@link #requestFinished} for every
   * answer that carries one, successes included. A log id is unique to its request: log it, never make it a tag.
   *
   * @param endpoint the endpoint requested
   * @param outcome how the service answered, as {@link #requestFinished} reported it
   * @param logId the log id, visible ASCII characters only
   */
  default void logIdReceived(Endpoint endpoint, Outcome outcome, String logId) {}

  /**
   * A request failed and will be made again after {@code wait}.
   *
   * @param endpoint the endpoint to be requested again
   * @param cause the failed request's outcome
   * @param wait how long the adapter waits before it: a backoff, or the service's reset
   */
  default void retryScheduled(Endpoint endpoint, Outcome cause, Duration wait) {}

  /**
   * A limiter was asked for a permit before a request.
   *
   * @param limiter which limiter
   * @param result its answer
   * @param waited how long the caller waited for it
   */
  default void permitRequested(Limiter limiter, PermitResult result, Duration waited) {}

  /**
   * The circuit breaker moved from one state to another.
   *
   * @param from the state before
   * @param to the state now
   */
  default void circuitStateChanged(CircuitState from, CircuitState to) {}

  /**
   * The shared quota stopped answering (the adapter carries on under its local limit), or answers again.
   *
   * @param from the state before
   * @param to the state now
   */
  default void sharedQuotaStateChanged(SharedQuotaState from, SharedQuotaState to) {}

  /**
   * The adapter asked the service for a fresh access token (none yet, the one held about to expire, or refused).
   *
   * @param result whether one was issued
   */
  default void tokenRefreshed(TokenRefresh result) {}

  /** The platform's endpoints that the adapter calls. */
  enum Endpoint {
    /** One FAQ's detail. */
    FAQ,
    /** An image of a FAQ. */
    FAQ_IMAGE,
    /** A page of the FAQ list. */
    FAQ_LIST,
    /** A page of a FAQ search. */
    FAQ_SEARCH,
    /** The category tree. */
    CATEGORIES,
    /** One category. */
    CATEGORY,
    /** An access token for the app. */
    ACCESS_TOKEN,
    /** A FAQ created. */
    FAQ_CREATE,
    /** A FAQ changed. */
    FAQ_UPDATE,
    /** A FAQ deleted. */
    FAQ_DELETE,
    /** A category created. */
    CATEGORY_CREATE,
    /** A category renamed or moved. */
    CATEGORY_UPDATE,
    /** A category deleted. */
    CATEGORY_DELETE,
    /** User tokens for a sign-in's code or a refresh token. */
    USER_ACCESS_TOKEN;

    /**
     * Whether the endpoint writes the knowledge base (with the user token), rather than reading it.
     *
     * @return true for the creates, updates and deletes
     */
    public boolean isWrite() {
      return compareTo(FAQ_CREATE) >= 0 && compareTo(CATEGORY_DELETE) <= 0;
    }
  }

  /** What a call or a request came to. */
  enum Outcome {
    /** An answer with the value asked for. */
    SUCCESS,
    /** The service does not have it: an empty answer, not a failure. */
    NOT_FOUND,
    /** Access denied: credentials or permissions. */
    DENIED,
    /** The service rejected the request as malformed. */
    REJECTED,
    /** The service refused the access token (the adapter fetches a fresh one). */
    TOKEN_REFUSED,
    /** The service's rate limit: HTTP 429. */
    RATE_LIMITED,
    /** The service failed or did not answer: 5xx, a timeout, a connection lost. */
    SERVER_FAILURE,
    /** An answer that could not be read. */
    UNREADABLE,
    /** Refused by the adapter itself without a request: no permit in time, or the circuit breaker open. */
    REFUSED_LOCALLY,
    /** Any other failure. */
    FAILED
  }

  /** The rate limiters a request takes a permit from. */
  enum Limiter {
    /** The adapter instance's own limit. */
    LOCAL,
    /** The quota shared by every replica of the application. */
    SHARED
  }

  /** A limiter's answer. */
  enum PermitResult {
    /** A permit, in time. */
    GRANTED,
    /** No permit within the longest wait: the call is refused without a request. */
    REFUSED,
    /** The shared quota could not answer: the request goes ahead under the local limit only. */
    UNAVAILABLE
  }

  /** What a token refresh came to. */
  enum TokenRefresh {
    /** A token was issued. */
    ISSUED,
    /** None was issued. */
    FAILED
  }
}
