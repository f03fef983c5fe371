package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of {@link Resilience}, with their defaults ({@link #DEFAULTS}) and their checks. Each {@code with...}
 * method checks its values at once and names the builder setting in its message, so that a bad value fails where it
 * is set; the Resilience4j configurations built from these values check them again.
 *
 * @param permitsPerPeriod rate limiter: calls per period
 * @param period rate limiter: the period after which the permits are renewed
 * @param maxWaitForPermit rate limiter: the longest a call waits for a permit; zero fails at once
 * @param retryMaxAttempts retry: attempts in all, the first included; 1 means no retry
 * @param retryBackoffInitial retry: the first backoff, before jitter
 * @param retryBackoffMax retry: the longest backoff
 * @param retryMaxElapsed retry: no retry whose wait would end later than this after the first attempt began
 * @param failureRatePercent circuit breaker: the failure rate, in percent, at or above which it opens
 * @param slidingWindowCalls circuit breaker: how many of the latest calls the failure rate is measured over
 * @param minimumCalls circuit breaker: how many calls the window must hold before the rate counts
 * @param openDuration circuit breaker: how long it stays open before letting probes through
 * @param halfOpenCalls circuit breaker: how many probes it lets through when half-open
 */
record ResilienceSettings(int permitsPerPeriod, Duration period, Duration maxWaitForPermit, int retryMaxAttempts,
    Duration retryBackoffInitial, Duration retryBackoffMax, Duration retryMaxElapsed, float failureRatePercent,
    int slidingWindowCalls, int minimumCalls, Duration openDuration, int halfOpenCalls) {

  /** The defaults, as the builder's javadoc and the README document them. */
  static final ResilienceSettings DEFAULTS = new ResilienceSettings(50, Duration.ofSeconds(1), Duration.ofSeconds(5),
      3, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(10), 50f, 20, 10, Duration.ofSeconds(30),
      3);

  /** The longest duration any setting takes: what fits in an int of milliseconds, as OkHttp's timeouts. */
  private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);
  private static final Duration SHORTEST_STEP = Duration.ofMillis(1);

  ResilienceSettings withRateLimit(int permits, Duration period) {
    atLeastOne("rateLimit: permitsPerPeriod", permits);
    between("rateLimit: period", period, SHORTEST_STEP, LONGEST);
    return new ResilienceSettings(permits, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration,
        halfOpenCalls);
  }

  ResilienceSettings withMaxWaitForPermit(Duration wait) {
    between("maxWaitForPermit", wait, Duration.ZERO, LONGEST);
    return new ResilienceSettings(permitsPerPeriod, period, wait, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration,
        halfOpenCalls);
  }

  ResilienceSettings withRetryMaxAttempts(int attempts) {
    atLeastOne("retryMaxAttempts", attempts);
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, attempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration,
        halfOpenCalls);
  }

  ResilienceSettings withRetryBackoff(Duration initial, Duration max) {
    between("retryBackoff: initial", initial, SHORTEST_STEP, LONGEST);
    between("retryBackoff: max", max, SHORTEST_STEP, LONGEST);
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("retryBackoff: max must not be shorter than initial, was " + max + " < "
          + initial);
    }
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, initial, max,
        retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration, halfOpenCalls);
  }

  ResilienceSettings withRetryMaxElapsed(Duration total) {
    between("retryMaxElapsed", total, Duration.ZERO, LONGEST);
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, total, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration, halfOpenCalls);
  }

  ResilienceSettings withFailureRate(float percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("circuitBreakerFailureRate: must be above 0 and at most 100 (percent), was "
          + percent);
    }
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, percent, slidingWindowCalls, minimumCalls, openDuration, halfOpenCalls);
  }

  ResilienceSettings withWindow(int calls, int minimum) {
    atLeastOne("circuitBreakerWindow: slidingWindowCalls", calls);
    atLeastOne("circuitBreakerWindow: minimumCalls", minimum);
    if (minimum > calls) {
      throw new IllegalArgumentException("circuitBreakerWindow: minimumCalls must not exceed slidingWindowCalls, was "
          + minimum + " > " + calls);
    }
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, calls, minimum, openDuration, halfOpenCalls);
  }

  ResilienceSettings withOpenDuration(Duration wait) {
    between("circuitBreakerOpenDuration", wait, SHORTEST_STEP, LONGEST);
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, wait, halfOpenCalls);
  }

  ResilienceSettings withHalfOpenCalls(int probes) {
    atLeastOne("circuitBreakerHalfOpenCalls", probes);
    return new ResilienceSettings(permitsPerPeriod, period, maxWaitForPermit, retryMaxAttempts, retryBackoffInitial,
        retryBackoffMax, retryMaxElapsed, failureRatePercent, slidingWindowCalls, minimumCalls, openDuration, probes);
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
    }
  }

  private static void between(String name, Duration value, Duration least, Duration most) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
      throw new IllegalArgumentException(name + ": must be from " + least.toMillis() + " ms to " + most.toMillis()
          + " ms, was " + value);
    }
  }

  /** Every setting, for the builder's {@code toString()}. */
  @Override
  public String toString() {
    return "rateLimit=" + permitsPerPeriod + " per " + period + ", maxWaitForPermit=" + maxWaitForPermit
        + ", retryMaxAttempts=" + retryMaxAttempts + ", retryBackoff=" + retryBackoffInitial + ".." + retryBackoffMax
        + ", retryMaxElapsed=" + retryMaxElapsed + ", circuitBreakerFailureRate=" + failureRatePercent + "%"
        + ", circuitBreakerWindow=" + slidingWindowCalls + " calls (minimum " + minimumCalls + ")"
        + ", circuitBreakerOpenDuration=" + openDuration + ", circuitBreakerHalfOpenCalls=" + halfOpenCalls;
  }
}
