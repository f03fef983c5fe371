package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Outcome;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.TokenRefresh;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the adapter tells the {@link FeishuListener}, in its bounded vocabulary: each call, request and retry by
 * {@link Endpoint} and {@link Outcome} (one outcome per row of {@link FeishuErrors}' table), each answer's log id,
 * and each token refresh. Durations are measured on the {@link RetryClock}.
 */
final class Reporting {

  private final FeishuListener listener;
  private final RetryClock ticker;

  Reporting(FeishuListener listener, RetryClock ticker) {
    this.listener = listener;
    this.ticker = ticker;
  }

  /** A call starting now. */
  CallContext start(Endpoint endpoint, Supplier<String> what) {
    return new CallContext(endpoint, what, ticker.nanoTime());
  }

  /** Now, on the clock that durations are measured on. */
  long now() {
    return ticker.nanoTime();
  }

  /** A call of the port ended with this outcome (a value, empty, or a failure). */
  void callFinished(CallContext call, Failure failure) {
    listener.callFinished(call.endpoint(), outcome(failure), since(call.started()));
  }

  /** A call of the port ended before its request, because no tenant token could be had. */
  void callFailed(CallContext call, FaqRepositoryException noToken) {
    listener.callFinished(call.endpoint(), noToken instanceof FaqAccessDeniedException ? Outcome.DENIED
        : Outcome.FAILED, since(call.started()));
  }

  /**
   * A request of the call was made and answered (or not) as {@code failure} says (null: successfully), the answer
   * named by {@code logId} when Feishu gave one.
   */
  void requestFinished(CallContext call, Failure failure, Optional<String> logId, long started) {
    Outcome outcome = outcome(failure);
    listener.requestFinished(call.endpoint(), outcome, since(started));
    logId.ifPresent(id -> listener.logIdReceived(call.endpoint(), outcome, id));
  }

  void retryScheduled(CallContext call, Failure cause, Duration wait) {
    listener.retryScheduled(call.endpoint(), outcome(cause), wait);
  }

  void tokenRefreshed(boolean issued) {
    listener.tokenRefreshed(issued ? TokenRefresh.ISSUED : TokenRefresh.FAILED);
  }

  private Duration since(long started) {
    return Duration.ofNanos(ticker.nanoTime() - started);
  }

  /** The listener's word for a row of the error table; null is a success. */
  static Outcome outcome(Failure failure) {
    if (failure == null) {
      return Outcome.SUCCESS;
    }
    return switch (failure.kind()) {
      case ABSENT -> Outcome.NOT_FOUND;
      case DENIED -> Outcome.DENIED;
      case REJECTED -> Outcome.REJECTED;
      case INVALID_TOKEN -> Outcome.TOKEN_REFUSED;
      case THROTTLED -> Outcome.RATE_LIMITED;
      case SERVER_FAILURE -> Outcome.SERVER_FAILURE;
      case UNREADABLE -> Outcome.UNREADABLE;
      case REFUSED_LOCALLY -> Outcome.REFUSED_LOCALLY;
      case FAILED -> Outcome.FAILED;
    };
  }
}
