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
 * A call of the port over Feishu, from start to answer: the tenant token, each attempt through {@link Resilience}
 * (breaker, then rate limiters) as one of {@link Requests}, the retries in a plain loop, and one more round with a
 * fresh token when Feishu refuses the one sent. What comes out is the port's answer: a value, empty, or a domain
 * exception.
 *
 * <p>Retries: only what {@link FeishuErrors.Kind#retried()} says, none while the breaker is open, within the limits
 * and with the waits of {@link FeishuHelpdesk.Builder#retryMaxAttempts}, {@link FeishuHelpdesk.Builder#retryMaxElapsed}
 * and {@link FeishuHelpdesk.Builder#retryBackoff}; a 429 waits the reset that Feishu names instead. Logs one DEBUG
 * line per retry and one INFO line when Feishu refuses a tenant token.
 */
final class Exchange {

  private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

  private final Resilience resilience;
  private final Requests requests;
  private final TenantTokens tokens;
  private final Reporting reporting;
  private final Settings.Retries retries;
  private final RetryClock retryClock;

  Exchange(Resilience resilience, Requests requests, TenantTokens tokens, Reporting reporting,
      Settings.Retries retries, RetryClock retryClock) {
    this.resilience = resilience;
    this.requests = requests;
    this.tokens = tokens;
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
    return withTenantToken(call, request, sent -> requests.json(call, sent, mapping));
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
    return withTenantToken(call, request, sent -> requests.stream(call, sent));
  }

  /** The retried attempts with the current token; when Feishu refuses it, once more with a fresh one. */
  private <C, R> Optional<R> withTenantToken(CallContext call, Function<TenantToken, Call<C>> request,
      Function<Call<C>, Outcome<R>> attempt) {
    String token = currentToken(call);
    Result<R> result = retried(call, request.apply(new TenantToken(token)), attempt);
    if (result.last().failure() != null && result.last().failure().kind() == Kind.INVALID_TOKEN) {
      LOG.info("Feishu refused the tenant access token (code {}); retrying once with a fresh one",
          result.last().failure().serviceCode());
      tokens.invalidate(token);
      result = retried(call, request.apply(new TenantToken(currentToken(call))), attempt);
    }
    Failure failure = result.last().failure();
    reporting.callFinished(call, failure);
    if (failure == null) {
      return Optional.of(result.last().value());
    }
    if (failure.kind() == Kind.ABSENT) {
      return Optional.empty();
    }
    throw failure.toException(result.requests());
  }

  /** The tenant token; when there is none, the call is reported as failed, without a request. */
  private String currentToken(CallContext call) {
    try {
      return tokens.current();
    } catch (FaqRepositoryException noToken) {
      reporting.callFailed(call, noToken);
      throw noToken;
    }
  }

  /** The attempts of one round, in a plain loop: the first sends {@code first}, each further one a clone of it. */
  private <C, R> Result<R> retried(CallContext call, Call<C> first, Function<Call<C>, Outcome<R>> attempt) {
    long started = retryClock.nanoTime();
    int requestsMade = 0;
    for (int number = 1; ; number++) {
      Call<C> sent = number == 1 ? first : first.clone();
      Outcome<R> outcome = resilience.guarded(call::what, () -> attempt.apply(sent));
      Failure failure = outcome.failure();
      requestsMade += failure != null && failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1;
      Optional<Duration> wait = nextWait(failure, number, started);
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
  private Optional<Duration> nextWait(Failure failure, int attempt, long started) {
    if (failure == null || !failure.kind().retried() || attempt >= retries.maxAttempts() || resilience.isOpen()) {
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
}
