package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Kind;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The one place where calls to Feishu are executed: each attempt through {@link Resilience} (breaker, then rate
 * limiter), its answer classified by {@link FeishuErrors}, the retries in a plain loop, and the tenant token
 * refreshed once when Feishu refuses it. What comes out is the port's answer: a value, empty, or a domain exception.
 *
 * <p>Retries: only what {@link FeishuErrors.Kind#retried()} says, none while the breaker is open, within the limits
 * and with the waits that {@link FeishuHelpdesk.Builder#retryMaxAttempts},
 * {@link FeishuHelpdesk.Builder#retryMaxElapsed} and {@link FeishuHelpdesk.Builder#retryBackoff} state; a 429
 * waits the reset that Feishu names instead. The tenant-token request is never retried: it is made under a lock that
 * other callers queue behind, and retrying there would multiply an outage by their number.
 *
 * <p>Logs one DEBUG line per request (method, path, status, duration) and one per retry; never a header or a body.
 * Reports each call, request, retry and token refresh to the listener ({@link Reporting}).
 */
final class Exchange {

  private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
  /** A token for calls that are made only to see which endpoint they are, never sent. */
  private static final TenantToken UNSENT = new TenantToken("");

  private final Resilience resilience;
  private final TenantTokens tokens;
  private final FeishuConverters converters;
  private final RetryClock retryClock;
  private final Reporting reporting;
  private final long callTimeoutMillis;
  private final int maxAttempts;
  private final Duration backoffInitial;
  private final Duration backoffMax;
  private final Duration maxElapsed;

  /**
   * Takes the settings of a builder whose values have been checked, and makes the tenant tokens from them: the
   * caller's source, or tokens fetched with the app's credentials through {@link #issue}.
   */
  Exchange(FeishuHelpdesk.Builder settings, Resilience resilience, FeishuApi api, FeishuConverters converters) {
    this.resilience = resilience;
    this.converters = converters;
    this.tokens = settings.tokenSource != null ? new SuppliedTenantTokens(settings.tokenSource)
        : new CachedTenantTokens(new TenantTokenClient(api, this, settings.appId, settings.appSecret),
            settings.clock);
    this.retryClock = settings.retryClock;
    this.reporting = new Reporting(settings);
    this.callTimeoutMillis = settings.callTimeout.toMillis();
    this.maxAttempts = settings.retryMaxAttempts;
    this.backoffInitial = settings.retryBackoffInitial;
    this.backoffMax = settings.retryBackoffMax;
    this.maxElapsed = settings.retryMaxElapsed;
  }

  /**
   * A helpdesk call whose answer is JSON: retried, with the token refreshed once when refused.
   *
   * @param what what is asked for, for messages: "FAQ 42"
   * @param endpoint the endpoint, called with the tenant token
   * @param mapping turns the answer's data into the domain's value; an {@link IllegalArgumentException} from it
   *     means the answer cannot be represented (unreadable)
   * @return the value, or empty when Feishu does not have it
   * @throws io.github.helpdeskfaq.domain.FaqRepositoryException as {@link FeishuErrors} says
   */
  <D, R> Optional<R> fetch(String what, Function<TenantToken, Call<FeishuAnswer<D>>> endpoint,
      Function<D, R> mapping) {
    return withTenantToken(what, endpoint, call -> json(what, call, mapping));
  }

  /**
   * A helpdesk call whose answer is a stream: retried up to its status and headers, with the token refreshed once
   * when refused. A JSON or text answer is classified and closed, never handed over as the stream, even with 2xx.
   *
   * @return the open response, whose body the caller must close; empty when Feishu does not have it
   */
  Optional<Response<ResponseBody>> open(String what, Function<TenantToken, Call<ResponseBody>> endpoint) {
    return withTenantToken(what, endpoint, call -> stream(what, call));
  }

  /**
   * The tenant-token request: guarded like any call, never retried; a refusal is access denied.
   *
   * @throws io.github.helpdeskfaq.domain.FaqRepositoryException as {@link FeishuErrors#tokenRequestFailed} says
   */
  <D, R> R issue(String what, Call<FeishuAnswer<D>> call, Function<D, R> mapping) {
    Outcome<R> outcome = resilience.guarded(what, () -> json(what, call, mapping));
    reporting.tokenRefreshed(outcome.failure() == null);
    if (outcome.failure() == null) {
      return outcome.value();
    }
    Failure failure = FeishuErrors.tokenRequestFailed(outcome.failure());
    throw failure.toException(failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1);
  }

  /**
   * Runs the retried attempts with the current token; when Feishu refuses it, once more with a fresh one. The first
   * attempt sends the call that names the endpoint for the listener; each further attempt a clone of it.
   */
  private <C, R> Optional<R> withTenantToken(String what, Function<TenantToken, Call<C>> endpoint,
      Function<Call<C>, Outcome<R>> attempt) {
    long started = reporting.start();
    String token = currentToken(endpoint, started);
    Call<C> call = endpoint.apply(new TenantToken(token));
    Endpoint measured = reporting.endpoint(call);
    Result<R> result = retried(what, measured, call, attempt);
    if (result.last().failure() != null && result.last().failure().kind() == Kind.INVALID_TOKEN) {
      LOG.info("Feishu refused the tenant access token (code {}); retrying once with a fresh one",
          result.last().failure().serviceCode());
      tokens.invalidate(token);
      result = retried(what, measured, endpoint.apply(new TenantToken(currentToken(endpoint, started))), attempt);
    }
    Failure failure = result.last().failure();
    reporting.callFinished(measured, failure, started);
    if (failure == null) {
      return Optional.of(result.last().value());
    }
    if (failure.kind() == Kind.ABSENT) {
      return Optional.empty();
    }
    throw failure.toException(result.requests());
  }

  /** The tenant token; when there is none, the call is reported as failed before any request of it. */
  private String currentToken(Function<TenantToken, ? extends Call<?>> endpoint, long started) {
    try {
      return tokens.current();
    } catch (FaqRepositoryException noToken) {
      reporting.callFailed(reporting.endpoint(endpoint.apply(UNSENT)), noToken, started);
      throw noToken;
    }
  }

  /** The attempts of one call, in a plain loop; see the class comment for what is retried and how long it waits. */
  private <C, R> Result<R> retried(String what, Endpoint endpoint, Call<C> call,
      Function<Call<C>, Outcome<R>> attempt) {
    long started = retryClock.nanoTime();
    int requests = 0;
    for (int number = 1; ; number++) {
      Call<C> sent = number == 1 ? call : call.clone();
      Outcome<R> outcome = resilience.guarded(what, () -> attempt.apply(sent));
      Failure failure = outcome.failure();
      requests += failure != null && failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1;
      Optional<Duration> wait = nextWait(failure, number, Duration.ofNanos(retryClock.nanoTime() - started));
      if (wait.isEmpty()) {
        return new Result<>(outcome, requests);
      }
      LOG.debug("Retrying {} in {} ms (attempt {} of {}) after: {}", what, wait.get().toMillis(), number + 1,
          maxAttempts, failure.description());
      reporting.retryScheduled(endpoint, failure, wait.get());
      try {
        retryClock.sleep(wait.get());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return new Result<>(Outcome.failed(failure.withNote(" (interrupted while waiting to retry)")), requests);
      }
    }
  }

  /** The wait before the next attempt, or empty when there is to be none. */
  private Optional<Duration> nextWait(Failure failure, int attempt, Duration elapsed) {
    if (failure == null || !failure.kind().retried() || attempt >= maxAttempts || resilience.isOpen()) {
      return Optional.empty();
    }
    Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff(attempt);
    return elapsed.plus(wait).compareTo(maxElapsed) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  /** The n-th backoff, as {@link FeishuHelpdesk.Builder#retryBackoff} states it. */
  private Duration backoff(int attempt) {
    double base = Math.min(backoffMax.toMillis(), backoffInitial.toMillis() * Math.pow(2, attempt - 1));
    long jittered = Math.round(base * (0.5 + ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.min(backoffMax.toMillis(), jittered));
  }

  /** One request of a JSON endpoint, its answer classified and reported. */
  private <D, R> Outcome<R> json(String what, Call<FeishuAnswer<D>> call, Function<D, R> mapping) {
    long started = reporting.start();
    Outcome<R> outcome = readJson(what, call, mapping);
    reporting.requestFinished(call, outcome.failure(), started);
    return outcome;
  }

  /** One request of a streaming endpoint, its answer classified and reported. */
  private Outcome<Response<ResponseBody>> stream(String what, Call<ResponseBody> call) {
    long started = reporting.start();
    Outcome<Response<ResponseBody>> outcome = openStream(what, call);
    reporting.requestFinished(call, outcome.failure(), started);
    return outcome;
  }

  private <D, R> Outcome<R> readJson(String what, Call<FeishuAnswer<D>> call, Function<D, R> mapping) {
    call.timeout().timeout(callTimeoutMillis, TimeUnit.MILLISECONDS);
    Response<FeishuAnswer<D>> response;
    try {
      response = execute(call);
    } catch (IOException noAnswer) {
      return Outcome.failed(FeishuErrors.noAnswer(what, noAnswer));
    }
    if (!response.isSuccessful()) {
      return Outcome.failed(errorAnswer(what, response));
    }
    FeishuAnswer<D> answer = response.body();
    if (answer == null || answer.unreadable != null || answer.code == null) {
      return Outcome.failed(unreadable(what, response.code(), answer, "the JSON has no code"));
    }
    if (answer.code != 0) {
      return Outcome.failed(FeishuErrors.answered(what, response.code(), answer.code, answer.msg, answer.body,
          response.headers()));
    }
    try {
      return Outcome.ok(mapping.apply(answer.data));
    } catch (IllegalArgumentException unrepresentable) {
      return Outcome.failed(FeishuErrors.unreadable(what, response.code(), answer.body,
          unrepresentable.getMessage(), unrepresentable));
    }
  }

  private Outcome<Response<ResponseBody>> openStream(String what, Call<ResponseBody> call) {
    Response<ResponseBody> response;
    try {
      response = execute(call);
    } catch (IOException noAnswer) {
      return Outcome.failed(FeishuErrors.noAnswer(what, noAnswer));
    }
    if (!response.isSuccessful()) {
      return Outcome.failed(errorAnswer(what, response));
    }
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    if (body != null && !isJson(type) && !isText(type)) {
      return Outcome.ok(response);
    }
    FeishuAnswer<Object> answer = envelope(body);
    if (answer.code != null && answer.code != 0) {
      return Outcome.failed(FeishuErrors.answered(what, response.code(), answer.code, answer.msg, answer.body,
          response.headers()));
    }
    return Outcome.failed(unreadable(what, response.code(), answer, answer.code == null ? "the JSON has no code"
        : "expected the image's bytes, but Feishu answered with JSON without an error code"));
  }

  /** A non-2xx answer: its envelope (Retrofit has read the body already) and its status decide. */
  private Failure errorAnswer(String what, Response<?> response) {
    FeishuAnswer<Object> answer = envelope(response.errorBody());
    return FeishuErrors.answered(what, response.code(), answer.code, answer.msg, answer.body, response.headers());
  }

  private FeishuAnswer<Object> envelope(ResponseBody body) {
    if (body == null) {
      return new FeishuAnswer<>(null, null, null, "an empty body", "the body is empty", null);
    }
    try {
      return converters.envelope().convert(body);
    } catch (IOException brokenOff) {
      return new FeishuAnswer<>(null, null, null, "a body that broke off", FeishuErrors.describe(brokenOff),
          brokenOff);
    }
  }

  private static Failure unreadable(String what, int status, FeishuAnswer<?> answer, String otherwise) {
    if (answer == null) {
      return FeishuErrors.unreadable(what, status, "an empty body", "the body is empty", null);
    }
    return FeishuErrors.unreadable(what, status, answer.body, answer.unreadable != null ? answer.unreadable
        : otherwise, answer.cause);
  }

  private static boolean isText(MediaType type) {
    return type != null && "text".equals(type.type());
  }

  private static boolean isJson(MediaType type) {
    return type != null && "application".equals(type.type())
        && ("json".equals(type.subtype()) || type.subtype().endsWith("+json"));
  }

  /** Executes the call, logging method, path, status and duration: never headers or bodies. */
  private static <T> Response<T> execute(Call<T> call) throws IOException {
    long started = System.nanoTime();
    Object result = "no answer";
    try {
      Response<T> response = call.execute();
      result = response.code();
      return response;
    } finally {
      if (LOG.isDebugEnabled()) {
        Request request = call.request();
        LOG.debug("{} {} -> {} in {} ms", request.method(), request.url().encodedPath(), result,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
    }
  }

  /** The last attempt's outcome, and how many requests the call made. */
  private record Result<R>(Outcome<R> last, int requests) {}
}
