package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.domain.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Outcome;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.TokenRefresh;
import java.time.Duration;
import retrofit2.Call;

/**
 * What {@link Exchange} tells the {@link FeishuListener}, in its bounded vocabulary: each call, request and
 * retry by {@link Endpoint} and {@link Outcome} (one outcome per row of {@link FeishuErrors}' table), and each token
 * refresh. Durations are measured on the builder's {@link RetryClock}.
 */
final class Reporting {

  private final FeishuListener listener;
  private final RetryClock ticker;
  private final Endpoints endpoints = new Endpoints();

  /** Takes the settings of a builder whose values have been checked. */
  Reporting(FeishuHelpdesk.Builder settings) {
    this.listener = settings.listener;
    this.ticker = settings.retryClock;
  }

  /** Now, on the clock that durations are measured on. */
  long start() {
    return ticker.nanoTime();
  }

  /** The endpoint of a call made by the API. */
  Endpoint endpoint(Call<?> call) {
    return endpoints.of(call);
  }

  /** A call of the port ended with this outcome (a value, empty, or a failure). */
  void callFinished(Endpoint endpoint, Failure failure, long started) {
    listener.callFinished(endpoint, outcome(failure), since(started));
  }

  /** A call of the port ended before its request, because no tenant token could be had. */
  void callFailed(Endpoint endpoint, FaqRepositoryException noToken, long started) {
    listener.callFinished(endpoint, noToken instanceof FaqAccessDeniedException ? Outcome.DENIED : Outcome.FAILED,
        since(started));
  }

  /** A request was made and answered (or not) as {@code failure} says; null: successfully. */
  void requestFinished(Call<?> call, Failure failure, long started) {
    listener.requestFinished(endpoints.of(call), outcome(failure), since(started));
  }

  void retryScheduled(Endpoint endpoint, Failure cause, Duration wait) {
    listener.retryScheduled(endpoint, outcome(cause), wait);
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
