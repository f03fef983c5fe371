package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository.Health;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limiting, circuit breaking and retries around every exchange with Feishu, with Resilience4j's core static
 * decorators, one set per adapter instance. {@link Exchange} runs each exchange through {@link #retried} (the FAQ
 * detail, opening an image) or {@link #once} (the tenant-token request).
 *
 * <h2>The order: Retry( CircuitBreaker( RateLimiter( exchange ) ) )</h2>
 * Resilience4j's own default order, chosen for these reasons:
 * <ul>
 *   <li><b>The rate limiter is innermost</b>, so every attempt that goes on the wire takes a permit, each retry
 *       included: each is a real request against Feishu's quota. A call that the open breaker refuses takes no
 *       permit, so an outage does not eat the permits of the calls after it. A call that gets no permit in time is
 *       refused without a request ({@link RequestNotPermitted}, an {@link Outcome#refusedLocally} outcome).</li>
 *   <li><b>The circuit breaker is around the limiter</b>, so it sees every attempt, and a storm of 5xx opens it
 *       within one window even while callers retry. It records a result, not an exception: only
 *       {@link Outcome#isServerFailure()} counts (no answer, a timeout, 5xx, 155000); a 404, a 4xx, throttling and an
 *       unreadable answer are healthy answers. A refusal by the limiter is ignored (it says nothing about Feishu)
 *       and gives back the breaker's permission, so it cannot use up the probes of a half-open breaker.</li>
 *   <li><b>The retry is outermost</b>, so each attempt goes through the breaker again: once the breaker opens, the
 *       next attempt fails fast without a request. A retry is not even planned while the breaker is open, and local
 *       refusals (open breaker, no permit) are never retried: retrying them would only turn a fast failure into a
 *       slow one. Retried: {@link Outcome#isServerFailure()} and {@link Outcome#isRateLimited()}; never 400, 401,
 *       403, 404, an invalid token (the repository refreshes it and runs the whole retried exchange once more) or
 *       an answer that arrived whole but could not be read (trying again would read the same).</li>
 * </ul>
 *
 * <h2>Waits and the time budget</h2>
 * A 429 waits the {@code x-ogw-ratelimit-reset} seconds Feishu gave; anything else waits an exponential backoff with
 * jitter ({@code IntervalFunction.ofExponentialRandomBackoff}: the n-th wait is {@code initial × 2^(n-1)}, ±50 % at
 * random, at most {@code max}). A retry is made only if its wait ends within {@code retryMaxElapsed} of the first
 * attempt's start, so a 429 whose reset is later than that fails at once with its {@code retryAfter}. Each attempt
 * is bounded by the HTTP timeouts, so a call takes at most {@code retryMaxElapsed} plus one attempt (plus the wait
 * for a permit). Resilience4j's {@code Retry} counts the attempts and loops; it waits 0 ms itself, and the adapter
 * waits through its {@link RetryClock} instead (see there why).
 *
 * <h2>The token request</h2>
 * It goes to the same host under the same app's quota, so it takes a permit and passes the breaker like any call,
 * and its failures count. It is never retried: the token is fetched under a lock that the other callers queue
 * behind, and retrying there would multiply every outage by the number of waiting callers. A failed token request
 * fails the one call that asked; the next call asks again, unless the breaker has opened meanwhile.
 *
 * <h2>Logging</h2>
 * One WARN line per circuit state change; one WARN line when calls start to be refused for lack of a permit and one
 * when a permit is granted again a whole period after the last refusal. Never a line per call above DEBUG, and never
 * a header, a body or a secret. A state change happens only where a call asks the breaker for permission or reports
 * its result, so the state is looked at right after each of these, and a compare-and-set on the state last logged
 * makes each change logged once, by the thread that saw it first. (Not through the breaker's state-transition
 * event: with any event consumer registered, Resilience4j builds a timestamped event, {@code ZonedDateTime.now()}
 * included, for every successful call, which the benchmarks showed on every FAQ fetched.)
 */
final class Resilience {

  private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
  private static final String NAME = "feishu";

  private final ResilienceSettings settings;
  private final Clock clock;
  private final RetryClock retryClock;
  private final RateLimiter rateLimiter;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final IntervalFunction backoff;
  private final AtomicBoolean throttling = new AtomicBoolean();
  private final AtomicReference<CircuitBreaker.State> loggedState =
      new AtomicReference<>(CircuitBreaker.State.CLOSED);
  private volatile long lastRefusalNanos;
  private volatile Instant openUntil = Instant.MIN;

  /**
   * @param settings the settings, already checked
   * @param clock what the breaker's open duration is measured on
   * @param retryClock what the retries' time budget is measured on, and waits with
   */
  Resilience(ResilienceSettings settings, Clock clock, RetryClock retryClock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retryClock = Objects.requireNonNull(retryClock, "retryClock");
    this.rateLimiter = RateLimiter.of(NAME, RateLimiterConfig.custom()
        .limitForPeriod(settings.permitsPerPeriod())
        .limitRefreshPeriod(settings.period())
        .timeoutDuration(settings.maxWaitForPermit())
        .writableStackTraceEnabled(false)
        .build());
    this.circuitBreaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
        .failureRateThreshold(settings.failureRatePercent())
        .slidingWindow(settings.slidingWindowCalls(), settings.minimumCalls(), SlidingWindowType.COUNT_BASED)
        .waitDurationInOpenState(settings.openDuration())
        .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
        .recordResult(result -> result instanceof Outcome && ((Outcome<?>) result).isServerFailure())
        .ignoreExceptions(RequestNotPermitted.class)
        .writableStackTraceEnabled(false)
        .clock(clock)
        .build());
    this.retry = Retry.of(NAME, RetryConfig.<Attempt<?>>custom()
        .maxAttempts(settings.retryMaxAttempts())
        .retryOnResult(attempt -> attempt.nextWait().isPresent())
        .retryOnException(failure -> false)
        .intervalBiFunction((attempt, result) -> 0L)
        .failAfterMaxAttempts(false)
        .writableStackTraceEnabled(false)
        .build());
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.retryBackoffInitial(), 2.0, 0.5,
        settings.retryBackoffMax());
  }

  /**
   * Runs an idempotent exchange: rate-limited, guarded by the breaker, and retried as the class documents.
   *
   * @param what what is asked for, for messages: "FAQ 42"
   * @param exchange one attempt: a fresh HTTP call, executed and classified; never throws
   * @return the last attempt's outcome, or a local refusal
   */
  <T> Outcome<T> retried(String what, Supplier<Outcome<T>> exchange) {
    Attempt<T> last = Retry.decorateSupplier(retry, new RetriedCall<>(what, exchange)).get();
    Outcome<T> outcome = last.outcome();
    boolean failed = outcome.kind() != Outcome.Kind.OK && outcome.kind() != Outcome.Kind.ABSENT;
    return failed && last.number() > 1 ? outcome.withNote(" (after " + last.number() + " attempts)") : outcome;
  }

  /**
   * Runs an exchange once: rate-limited and guarded by the breaker, never retried. For the token request.
   *
   * @param what what is asked for, for messages
   * @param exchange the attempt; never throws
   * @return its outcome, or a local refusal
   */
  <T> Outcome<T> once(String what, Supplier<Outcome<T>> exchange) {
    return guarded(what, exchange);
  }

  /** One attempt: the breaker's permission first, then a permit, then the exchange. */
  private <T> Outcome<T> guarded(String what, Supplier<Outcome<T>> exchange) {
    Supplier<Outcome<T>> limited = RateLimiter.decorateSupplier(rateLimiter, () -> {
      permitGranted();
      return exchange.get();
    });
    try {
      return CircuitBreaker.decorateSupplier(circuitBreaker, () -> {
        logStateChange(); // permission granted: an open breaker may have just become half-open
        return limited.get();
      }).get();
    } catch (CallNotPermittedException open) {
      logStateChange(); // if this thread is the first to see it open, the open duration starts now
      String why = circuitBreaker.getState() == CircuitBreaker.State.HALF_OPEN
          ? "half-open and all its probe calls are under way" : "open after repeated failures";
      return Outcome.refusedLocally("the circuit breaker for Feishu is " + why + ": " + what + " was not requested",
          remainingOpenTime().orElse(null));
    } catch (RequestNotPermitted throttled) {
      permitRefused();
      return Outcome.refusedLocally("throttled client-side: no permit to call Feishu for " + what + " within "
          + settings.maxWaitForPermit().toMillis() + " ms (limit: " + settings.permitsPerPeriod() + " calls per "
          + settings.period().toMillis() + " ms)", settings.period());
    } finally {
      logStateChange(); // the result recorded: the breaker may have just opened or closed
    }
  }

  /** How long the open breaker will refuse calls, if it is open. */
  private Optional<Duration> remainingOpenTime() {
    Duration left = Duration.between(clock.instant(), openUntil);
    return left.isNegative() ? Optional.empty() : Optional.of(left);
  }

  /** The wait before the next attempt, or empty when there is to be none. */
  private Optional<Duration> nextWait(Outcome<?> outcome, int attempt, Duration elapsed) {
    if (!outcome.isServerFailure() && !outcome.isRateLimited()
        || circuitBreaker.getState() == CircuitBreaker.State.OPEN) {
      return Optional.empty();
    }
    Duration wait = outcome.retryAfter().orElseGet(() -> Duration.ofMillis(backoff.apply(attempt)));
    return elapsed.plus(wait).compareTo(settings.retryMaxElapsed()) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  /** The state of the breaker, the limiter and client-side throttling, for health checks. */
  Health health() {
    CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
    float failureRate = metrics.getFailureRate();
    return new Health(state(circuitBreaker.getState()),
        failureRate < 0 ? OptionalDouble.empty() : OptionalDouble.of(failureRate),
        metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
        rateLimiter.getMetrics().getAvailablePermissions(), throttling.get());
  }

  private static Health.CircuitState state(CircuitBreaker.State state) {
    switch (state) {
      case CLOSED:
        return Health.CircuitState.CLOSED;
      case OPEN:
        return Health.CircuitState.OPEN;
      case HALF_OPEN:
        return Health.CircuitState.HALF_OPEN;
      default:
        // DISABLED, METRICS_ONLY and FORCED_OPEN are reached only by calls that this adapter never makes.
        throw new IllegalStateException("the circuit breaker is in state " + state);
    }
  }

  /** Logs the breaker's state if it is not the one last logged; see the class comment. */
  private void logStateChange() {
    CircuitBreaker.State now = circuitBreaker.getState();
    CircuitBreaker.State logged = loggedState.get();
    if (now != logged && loggedState.compareAndSet(logged, now)) {
      circuitChanged(logged, now);
    }
  }

  private void circuitChanged(CircuitBreaker.State from, CircuitBreaker.State to) {
    switch (to) {
      case OPEN:
        openUntil = clock.instant().plus(settings.openDuration());
        CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
        LOG.warn("Feishu circuit breaker OPEN (was {}): {} of the last {} calls failed; calls fail fast without a "
            + "request for {} ms", from, metrics.getNumberOfFailedCalls(),
            metrics.getNumberOfBufferedCalls(), settings.openDuration().toMillis());
        break;
      case HALF_OPEN:
        LOG.warn("Feishu circuit breaker HALF_OPEN: letting {} probe calls through", settings.halfOpenCalls());
        break;
      case CLOSED:
        LOG.warn("Feishu circuit breaker CLOSED (was {}): calls go through again", from);
        break;
      default:
        // DISABLED, METRICS_ONLY and FORCED_OPEN: never entered, see state(...).
        break;
    }
  }

  private void permitRefused() {
    lastRefusalNanos = System.nanoTime();
    if (throttling.compareAndSet(false, true)) {
      LOG.warn("Throttling calls to Feishu client-side: no permit within {} ms (limit: {} calls per {} ms); calls "
          + "without a permit fail as unavailable", settings.maxWaitForPermit().toMillis(),
          settings.permitsPerPeriod(), settings.period().toMillis());
    }
  }

  /** Ends a throttling episode at the first permit granted a whole period after the last refusal. */
  private void permitGranted() {
    if (throttling.get() && System.nanoTime() - lastRefusalNanos >= settings.period().toNanos()
        && throttling.compareAndSet(true, false)) {
      LOG.warn("Client-side throttling of calls to Feishu ended: permits are granted again");
    }
  }

  /**
   * One attempt's outcome and the wait before the next attempt, if there is to be one.
   *
   * @param number the attempt's number, from 1
   */
  private record Attempt<T>(Outcome<T> outcome, int number, Optional<Duration> nextWait) {}

  /**
   * The attempts of one retried call. Retry calls it from the caller's thread, one attempt after another, so its
   * fields need no synchronization. It waits, before each retry, what the previous attempt planned.
   */
  private final class RetriedCall<T> implements Supplier<Attempt<T>> {

    private final String what;
    private final Supplier<Outcome<T>> exchange;
    private final long started = retryClock.nanoTime();
    private Attempt<T> previous;

    RetriedCall(String what, Supplier<Outcome<T>> exchange) {
      this.what = what;
      this.exchange = exchange;
    }

    @Override
    public Attempt<T> get() {
      if (previous != null) {
        Duration wait = previous.nextWait().orElseThrow();
        LOG.debug("Retrying {} in {} ms (attempt {} of {}) after: {}", what, wait.toMillis(), previous.number() + 1,
            settings.retryMaxAttempts(), previous.outcome().message());
        try {
          retryClock.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return new Attempt<>(previous.outcome().withNote(" (interrupted while waiting to retry)"),
              previous.number(), Optional.empty());
        }
      }
      int number = previous == null ? 1 : previous.number() + 1;
      Outcome<T> outcome = guarded(what, exchange);
      Duration elapsed = Duration.ofNanos(retryClock.nanoTime() - started);
      previous = new Attempt<>(outcome, number, nextWait(outcome, number, elapsed));
      return previous;
    }
  }
}
