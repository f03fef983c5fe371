package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Kind;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * A call of the port over Feishu, from start to answer: the access token (the tenant token for reads, the user
 * token for writes), each attempt through {@link Resilience} (breaker, then rate limiters) as one of {@link Requests},
 * the retries in a plain loop, and one more round with a fresh token when Feishu refuses the one sent. What comes out is the port's answer: a value, empty, or a domain
 * exception.
 *
 * <p>Retries: only what {@link FeishuErrors.Kind#retried()} says, none while the breaker is open, within the limits
 * and with the waits of {@link FeishuHelpdesk.Builder#retryMaxAttempts}, {@link FeishuHelpdesk.Builder#retryMaxElapsed}
 * and {@link FeishuHelpdesk.Builder#retryBackoff}; a 429 waits the reset that Feishu names instead. Logs one DEBUG
 * line per retry and one INFO line when Feishu refuses an access token.
 */
final class Exchange {

  private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

  private final Resilience resilience;
  private final Requests requests;
  private final TenantTokens tokens;
  private final UserTokenSource userTokens;
  private final Reporting reporting;
  private final Settings.Retries retries;
  private final RetryClock retryClock;

  Exchange(Resilience resilience, Requests requests, TenantTokens tokens, UserTokenSource userTokens,
      Reporting reporting, Settings.Retries retries, RetryClock retryClock) {
    this.resilience = resilience;
    this.requests = requests;
    this.tokens = tokens;
    this.userTokens = userTokens;
    this.reporting = reporting;
    this.retries = retries;
    this.retryClock = retryClock;
  }

  /**
   * A helpdesk call whose answer is JSON.
   *
   * @param endpoint the endpoint it requests
   * @param what says what is asked for, for messages: "FAQ 42"
   * @param request makes the request with a tenant token
   * @param mapping turns the answer's data into the domain's value, as {@link Requests#json} says
   * @return the value, or empty when Feishu does not have it
   * @throws FaqRepositoryException as {@link FeishuErrors} says
   */
  <D, R> Optional<R> fetch(Endpoint endpoint, Supplier<String> what,
      Function<TenantToken, Call<FeishuAnswer<D>>> request,
      Function<D, R> mapping) {
    CallContext call = reporting.start(endpoint, what);
    return withToken(call, tokens, "tenant", token -> request.apply(new TenantToken(token)),
        sent -> requests.json(call, sent, mapping), true);
  }

  /**
   * A write, with the user token: the tenant token is never sent. An idempotent write (an update, a delete) is
   * retried as a read is; a create is retried only after a throttled answer (Feishu did not take it), and when its
   * answer is lost (no answer, a server failure, an unreadable answer) it throws {@link OutcomeUnknown}, for its
   * caller to find out what happened: a create is never sent twice.
   *
   * @return the value, or empty when Feishu does not have what the write names
   * @throws FaqRepositoryException as {@link FeishuErrors} says
   */
  <D, R> Optional<R> write(Endpoint endpoint, Supplier<String> what,
      Function<UserToken, Call<FeishuAnswer<D>>> request, Function<D, R> mapping, boolean idempotent) {
    CallContext call = reporting.start(endpoint, what);
    return withToken(call, userTokens, "user", token -> request.apply(new UserToken(token)),
        sent -> requests.json(call, sent, mapping), idempotent);
  }

  /**
   * A helpdesk call whose answer is a stream, retried up to its status and headers.
   *
   * @return the open response, whose body the caller must close; empty when Feishu does not have it
   * @throws FaqRepositoryException as {@link FeishuErrors} says
   */
  Optional<Response<ResponseBody>> open(Endpoint endpoint, Supplier<String> what,
      Function<TenantToken, Call<ResponseBody>> request) {
    CallContext call = reporting.start(endpoint, what);
    return withToken(call, tokens, "tenant", token -> request.apply(new TenantToken(token)),
        sent -> requests.stream(call, sent), true);
  }

  /**
   * The retried attempts with the current token; when Feishu refuses it, once more with a fresh one (Feishu took
   * nothing from a request whose token it refused, so even a create is sent again).
   */
  private <C, R> Optional<R> withToken(CallContext call, AccessTokens source, String kind,
      Function<String, Call<C>> request, Function<Call<C>, Outcome<R>> attempt, boolean idempotent) {
    String token = currentToken(call, source);
    Result<R> result = retried(call, request.apply(token), attempt, idempotent);
    if (result.last().failure() != null && result.last().failure().kind() == Kind.INVALID_TOKEN) {
      LOG.info("Feishu refused the {} access token (code {}); retrying once with a fresh one", kind,
          result.last().failure().serviceCode());
      source.invalidate(token);
      result = retried(call, request.apply(currentToken(call, source)), attempt, idempotent);
    }
    Failure failure = result.last().failure();
    reporting.callFinished(call, failure);
    if (failure == null) {
      return Optional.of(result.last().value());
    }
    if (failure.kind() == Kind.ABSENT) {
      return Optional.empty();
    }
    FaqRepositoryException thrown = failure.toException(result.requests());
    if (!idempotent && (failure.kind() == Kind.SERVER_FAILURE || failure.kind() == Kind.UNREADABLE)) {
      throw new OutcomeUnknown(thrown);
    }
    throw thrown;
  }

  /** The token; when there is none, the call is reported as failed, without a request. */
  private String currentToken(CallContext call, AccessTokens source) {
    try {
      return source.current();
    } catch (FaqRepositoryException noToken) {
      reporting.callFailed(call, noToken);
      throw noToken;
    }
  }

  /** The attempts of one round, in a plain loop: the first sends {@code first}, each further one a clone of it. */
  private <C, R> Result<R> retried(CallContext call, Call<C> first, Function<Call<C>, Outcome<R>> attempt,
      boolean idempotent) {
    long started = retryClock.nanoTime();
    int requestsMade = 0;
    for (int number = 1; ; number++) {
      Call<C> sent = number == 1 ? first : first.clone();
      Outcome<R> outcome = resilience.guarded(call::what, () -> attempt.apply(sent));
      Failure failure = outcome.failure();
      requestsMade += failure != null && failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1;
      Optional<Duration> wait = nextWait(failure, number, started, idempotent);
      if (wait.isEmpty()) {
        return new Result<>(outcome, requestsMade);
      }
      LOG.debug("Retrying {} in {} ms (attempt {} of {}) after: {}", call.what(), wait.get().toMillis(), number + 1,
          retries.maxAttempts(), failure.description());
      reporting.retryScheduled(call, failure, wait.get());
      try {
        retryClock.sleep(wait.get());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return new Result<>(Outcome.failed(failure.withNote(" (interrupted while waiting to retry)")), requestsMade);
      }
    }
  }

  /** The wait before the next attempt of a round started at {@code started}, or empty when there is to be none. */
  private Optional<Duration> nextWait(Failure failure, int attempt, long started, boolean idempotent) {
    boolean retried = failure != null && (idempotent ? failure.kind().retried() : failure.kind() == Kind.THROTTLED);
    if (!retried || attempt >= retries.maxAttempts() || resilience.isOpen()) {
      return Optional.empty();
    }
    Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff(attempt);
    Duration elapsed = Duration.ofNanos(retryClock.nanoTime() - started);
    return elapsed.plus(wait).compareTo(retries.maxElapsed()) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  /** The n-th backoff, as {@link FeishuHelpdesk.Builder#retryBackoff} states it. */
  private Duration backoff(int attempt) {
    long max = retries.backoffMax().toMillis();
    double base = Math.min(max, retries.backoffInitial().toMillis() * Math.pow(2, attempt - 1));
    long jittered = Math.round(base * (0.5 + ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.min(max, jittered));
  }

  /** The last attempt's outcome, and how many requests the round made. */
  private record Result<R>(Outcome<R> last, int requests) {}

  /**
   * A create whose answer was lost: it may or may not have happened. Carries what the caller would otherwise get.
   * Unchecked, package-private: the port's caller never sees it.
   */
  static final class OutcomeUnknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutcomeUnknown(FaqRepositoryException failure) {
      super(failure.getMessage(), failure, false, false);
    }

    FaqRepositoryException failure() {
      return (FaqRepositoryException) getCause();
    }
  }
}
