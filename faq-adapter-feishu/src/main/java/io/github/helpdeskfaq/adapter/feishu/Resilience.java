package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Kind;
import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuHealth;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Limiter;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.PermitResult;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker and the rate limiters around each attempt, with Resilience4j's core static decorators, one set
 * per adapter instance: {@code CircuitBreaker( RateLimiter( SharedQuota( attempt ) ) )}. {@link Exchange} wraps its
 * retries around this, which makes Resilience4j's own default order,
 * {@code Retry( CircuitBreaker( RateLimiter( call ) ) )}:
 * <ul>
 *   <li><b>The rate limiters are innermost</b>, so every attempt that goes on the wire takes a permit, each retry and
 *       the token request included: each is a real request against Feishu's quota. A call that the open breaker
 *       refuses takes no permit. A call that gets no permit in time is refused without a request.</li>
 *   <li><b>The local limiter before the shared quota</b> ({@link SharedPermits}), both within one
 *       {@code maxWaitForPermit}: the local limit is a cheap in-memory check that keeps one instance from asking
 *       Redis (or whatever holds the shared quota) faster than it may send requests anyway, so the shared store sees
 *       at most the local rate from each replica; and a call refused locally costs the other replicas nothing. The
 *       price is a local permit spent on a request that the shared quota then refuses.</li>
 *   <li><b>The circuit breaker is around the limiter</b>, so it sees every attempt and a storm of 5xx opens it within
 *       one window even while callers retry. It records a result, not an exception: only what
 *       {@link FeishuErrors} marks as a failure of Feishu counts. A refusal by the limiter is ignored and gives the
 *       breaker's permission back, so it cannot use up the probes of a half-open breaker.</li>
 *   <li><b>Retries are outermost</b>, so each attempt passes the breaker again, and none is planned while it is
 *       open ({@link #isOpen()}).</li>
 * </ul>
 *
 * <p>Logging: one WARN line per circuit state change; one when calls start to be refused for lack of a permit and
 * one when a permit is granted again a whole period after the last refusal. Never a line per call above DEBUG, and
 * never a header, a body or a secret. A state change happens only where a call asks the breaker for permission or
 * reports its result, so the state is looked at right after each, and a compare-and-set on the state last logged
 * makes each change logged once. (Not through the breaker's event consumers: with one registered, Resilience4j
 * builds a timestamped event for every successful call.)
 */
final class Resilience {

  private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
  private static final String NAME = "feishu";

  private final Clock clock;
  private final RetryClock ticker;
  private final RateLimiter rateLimiter;
  private final CircuitBreaker circuitBreaker;
  private final SharedPermits shared;
  private final FeishuListener listener;
  private final int permitsPerPeriod;
  private final Duration period;
  private final Duration maxWaitForPermit;
  private final Duration openDuration;
  private final int halfOpenCalls;
  private final AtomicBoolean throttling = new AtomicBoolean();
  private final AtomicReference<CircuitBreaker.State> loggedState =
      new AtomicReference<>(CircuitBreaker.State.CLOSED);
  private volatile long lastRefusalNanos;
  private volatile Instant openUntil = Instant.MIN;

  Resilience(Settings.Limits limits, Clock clock, RetryClock ticker, FeishuListener listener, SharedPermits shared) {
    this.clock = clock;
    this.ticker = ticker;
    this.permitsPerPeriod = limits.permitsPerPeriod();
    this.period = limits.period();
    this.maxWaitForPermit = limits.maxWaitForPermit();
    this.openDuration = limits.openDuration();
    this.halfOpenCalls = limits.halfOpenCalls();
    this.shared = shared;
    this.listener = listener;
    this.rateLimiter = RateLimiter.of(NAME, RateLimiterConfig.custom()
        .limitForPeriod(permitsPerPeriod)
        .limitRefreshPeriod(period)
        .timeoutDuration(maxWaitForPermit)
        .writableStackTraceEnabled(false)
        .build());
    this.circuitBreaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
        .failureRateThreshold(limits.failureRatePercent())
        .slidingWindow(limits.slidingWindowCalls(), limits.minimumCalls(), SlidingWindowType.COUNT_BASED,
            SlidingWindowSynchronizationStrategy.LOCK_FREE) // callers on many threads never queue on a monitor
        .waitDurationInOpenState(openDuration)
        .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
        .recordResult(result -> result instanceof Outcome<?> outcome && outcome.countsAgainstFeishu())
        .ignoreExceptions(RequestNotPermitted.class, SharedPermits.Refused.class)
        .writableStackTraceEnabled(false)
        .clock(clock)
        .build());
  }

  /**
   * Runs one attempt: the breaker's permission first, then a local permit and a shared one, then the attempt. An
   * answer 429 with a reset holds every replica back through the shared quota.
   *
   * @param what says what is asked for, for messages: "FAQ 42"
   * @param attempt makes one request and classifies its answer; never throws for what the server or network does
   * @return its outcome, or a {@link FeishuErrors.Kind#REFUSED_LOCALLY} failure when it was not sent
   */
  <T> Outcome<T> guarded(Supplier<String> what, Supplier<Outcome<T>> attempt) {
    long asked = ticker.nanoTime();
    Supplier<Outcome<T>> limited = RateLimiter.decorateSupplier(rateLimiter, () -> {
      Duration waited = since(asked);
      listener.permitRequested(Limiter.LOCAL, PermitResult.GRANTED, waited);
      permitGranted();
      shared.acquire(maxWaitForPermit.minus(waited));
      Outcome<T> outcome = attempt.get();
      if (outcome.failure() != null && outcome.failure().kind() == Kind.THROTTLED
          && outcome.failure().retryAfter() != null) {
        shared.holdFor(outcome.failure().retryAfter());
      }
      return outcome;
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
      Duration left = Duration.between(clock.instant(), openUntil);
      return Outcome.failed(FeishuErrors.refusedLocally("the circuit breaker for Feishu is " + why + ": " + what.get()
          + " was not requested", left.isNegative() ? null : left));
    } catch (RequestNotPermitted throttled) {
      listener.permitRequested(Limiter.LOCAL, PermitResult.REFUSED, since(asked));
      String limit = "limit: " + permitsPerPeriod + " calls per " + period.toMillis() + " ms";
      permitRefused(limit);
      return Outcome.failed(FeishuErrors.refusedLocally("throttled client-side: no permit to call Feishu for "
          + what.get() + " within " + maxWaitForPermit.toMillis() + " ms (" + limit + ")", period));
    } catch (SharedPermits.Refused refused) {
      permitRefused("from the shared quota");
      return Outcome.failed(FeishuErrors.refusedLocally("throttled client-side: no permit from the shared quota to "
          + "call Feishu for " + what.get() + " within " + maxWaitForPermit.toMillis() + " ms", null));
    } finally {
      logStateChange(); // the result recorded: the breaker may have just opened or closed
    }
  }

  /** Whether the breaker is open: no retry is planned then. */
  boolean isOpen() {
    return circuitBreaker.getState() == CircuitBreaker.State.OPEN;
  }

  /** The state of the breaker, the limiter and client-side throttling, for health checks. */
  FeishuHealth health() {
    CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
    float failureRate = metrics.getFailureRate();
    return new FeishuHealth(state(circuitBreaker.getState()),
        failureRate < 0 ? OptionalDouble.empty() : OptionalDouble.of(failureRate),
        metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
        rateLimiter.getMetrics().getAvailablePermissions(), throttling.get(), shared.state());
  }

  /** Resilience4j's state in the adapter's words. */
  private static CircuitState state(CircuitBreaker.State state) {
    return switch (state) {
      case OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      // DISABLED, METRICS_ONLY and FORCED_OPEN are reached only by calls that this adapter never makes.
      default -> CircuitState.CLOSED;
    };
  }

  private Duration since(long nanos) {
    return Duration.ofNanos(ticker.nanoTime() - nanos);
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
    listener.circuitStateChanged(state(from), state(to));
    switch (to) {
      case OPEN -> {
        openUntil = clock.instant().plus(openDuration);
        CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
        LOG.warn("Feishu circuit breaker OPEN (was {}): {} of the last {} calls failed; calls fail fast without a "
            + "request for {} ms", from, metrics.getNumberOfFailedCalls(), metrics.getNumberOfBufferedCalls(),
            openDuration.toMillis());
      }
      case HALF_OPEN -> LOG.warn("Feishu circuit breaker HALF_OPEN: letting {} probe calls through", halfOpenCalls);
      case CLOSED -> LOG.warn("Feishu circuit breaker CLOSED (was {}): calls go through again", from);
      default -> {
        // DISABLED, METRICS_ONLY and FORCED_OPEN: never entered.
      }
    }
  }

  /** Starts a throttling episode, logged once; {@code limit} says whose permit was missing. */
  private void permitRefused(String limit) {
    lastRefusalNanos = ticker.nanoTime();
    if (throttling.compareAndSet(false, true)) {
      LOG.warn("Throttling calls to Feishu client-side: no permit within {} ms ({}); calls without a permit fail as "
          + "unavailable", maxWaitForPermit.toMillis(), limit);
    }
  }

  /** Ends a throttling episode at the first permit granted a whole period after the last refusal. */
  private void permitGranted() {
    if (throttling.get() && ticker.nanoTime() - lastRefusalNanos >= period.toNanos()
        && throttling.compareAndSet(true, false)) {
      LOG.warn("Client-side throttling of calls to Feishu ended: permits are granted again");
    }
  }
}
