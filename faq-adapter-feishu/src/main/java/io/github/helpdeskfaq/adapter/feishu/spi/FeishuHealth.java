package io.github.helpdeskfaq.adapter.feishu.spi;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A snapshot of the adapter's resilience, for health checks ({@code FeishuHelpdesk.health()}).
 *
 * @param circuitState the circuit breaker's state
 * @param failureRate the percentage (0 to 100) of failed calls among those in the breaker's sliding window (in
 *     half-open state: among the probes); empty until the window holds its minimum number of calls
 * @param bufferedCalls the calls in the breaker's sliding window (in half-open state: the probes so far)
 * @param failedCalls those of the buffered calls that failed: no answer, a timeout, 5xx or code 155000
 * @param availablePermits the rate limiter's permits left in the current period; negative when callers already hold
 *     permits of periods to come
 * @param throttled whether calls are being refused client-side for lack of a permit, local or shared (since the first
 *     refusal, until a permit is granted a whole period after the last one)
 * @param sharedQuota whether requests take permits from a {@link SharedQuota} too, or from the local limiter alone
 */
public record FeishuHealth(CircuitState circuitState, OptionalDouble failureRate, int bufferedCalls, int failedCalls,
    int availablePermits, boolean throttled, SharedQuotaState sharedQuota) {

  /** Checks that nothing is null. */
  public FeishuHealth {
    Objects.requireNonNull(circuitState, "circuitState");
    Objects.requireNonNull(failureRate, "failureRate");
    Objects.requireNonNull(sharedQuota, "sharedQuota");
  }
}
