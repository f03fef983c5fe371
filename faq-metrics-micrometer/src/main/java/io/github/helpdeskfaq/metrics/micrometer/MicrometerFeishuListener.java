package io.github.helpdeskfaq.metrics.micrometer;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link FeishuListener} that records to a Micrometer {@link MeterRegistry}. One per adapter instance: hand it
 * to the adapter's builder ({@code FeishuHelpdesk.builder().listener(...)}).
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>meter</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code faq.service.calls}</td><td>timer</td><td>endpoint, outcome</td>
 *       <td>calls of the port as callers see them, retries and permit waits included</td></tr>
 *   <tr><td>{@code faq.service.requests}</td><td>timer</td><td>endpoint, outcome</td>
 *       <td>requests sent, retries and token requests included; 429s are {@code outcome=rate_limited}</td></tr>
 *   <tr><td>{@code faq.service.retries}</td><td>counter</td><td>endpoint, cause</td>
 *       <td>requests made again, by the outcome of the one before</td></tr>
 *   <tr><td>{@code faq.service.permit.waits}</td><td>timer</td><td>limiter, result</td>
 *       <td>how long requests waited for a rate-limit permit, local or shared</td></tr>
 *   <tr><td>{@code faq.service.circuit.state}</td><td>gauge</td><td>state</td>
 *       <td>1 for the breaker's state, 0 for the others</td></tr>
 *   <tr><td>{@code faq.service.shared.quota.state}</td><td>gauge</td><td>state</td>
 *       <td>1 for how requests are limited ({@code none} until a shared permit is asked for), 0 for the
 *       others</td></tr>
 *   <tr><td>{@code faq.service.token.refreshes}</td><td>counter</td><td>result</td>
 *       <td>access tokens asked for, issued or not</td></tr>
 * </table>
 *
 * <p>Every tag value is the lower-case name of a constant of {@link FeishuListener}'s enums, so the set of
 * series is bounded and holds no id, URL, message or secret; the application's own common tags (say, which helpdesk
 * this is) are added to every meter. Timers and counters are registered on first use; the gauges at once.
 */
public final class MicrometerFeishuListener implements FeishuListener {

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Map<Object, Timer> calls = new ConcurrentHashMap<>();
  private final Map<Object, Timer> requests = new ConcurrentHashMap<>();
  private final Map<Object, Counter> retries = new ConcurrentHashMap<>();
  private final Map<Object, Timer> permitWaits = new ConcurrentHashMap<>();
  private final Map<Object, Counter> tokenRefreshes = new ConcurrentHashMap<>();
  private final AtomicReference<CircuitState> circuit = new AtomicReference<>(CircuitState.CLOSED);
  private final AtomicReference<SharedQuotaState> sharedQuota = new AtomicReference<>(SharedQuotaState.NONE);

  /**
   * Meters in {@code registry}, tagged with the listener's own tags only.
   *
   * @param registry where to record
   */
  public MicrometerFeishuListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * Meters in {@code registry}, each also tagged with {@code commonTags}: distinct ones for each adapter instance
   * that records to one registry.
   *
   * @param registry where to record
   * @param commonTags added to every meter; their values are the application's to keep bounded and free of secrets
   */
  public MicrometerFeishuListener(MeterRegistry registry, Iterable<Tag> commonTags) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
    this.commonTags = Tags.of(Objects.requireNonNull(commonTags, "commonTags must not be null"));
    for (CircuitState state : CircuitState.values()) {
      gauge("faq.service.circuit.state", "1 for the circuit breaker's state, 0 for the others", circuit, state);
    }
    for (SharedQuotaState state : SharedQuotaState.values()) {
      gauge("faq.service.shared.quota.state", "1 for how requests are limited, 0 for the others", sharedQuota,
          state);
    }
  }

  @Override
  public void callFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    timer(calls, "faq.service.calls", "calls of the port, retries and permit waits included",
        tag("endpoint", endpoint), tag("outcome", outcome)).record(duration);
  }

  @Override
  public void requestFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    timer(requests, "faq.service.requests", "requests sent to the service", tag("endpoint", endpoint),
        tag("outcome", outcome)).record(duration);
  }

  @Override
  public void retryScheduled(Endpoint endpoint, Outcome cause, Duration wait) {
    retries.computeIfAbsent(List.of(endpoint, cause), ignored -> Counter.builder("faq.service.retries")
        .description("requests made again, by the outcome of the one before")
        .tags(commonTags).tags(List.of(tag("endpoint", endpoint), tag("cause", cause)))
        .register(registry)).increment();
  }

  @Override
  public void permitRequested(Limiter limiter, PermitResult result, Duration waited) {
    if (limiter == Limiter.SHARED) {
      sharedQuota.compareAndSet(SharedQuotaState.NONE, SharedQuotaState.SHARED);
    }
    timer(permitWaits, "faq.service.permit.waits", "waits for a rate-limit permit", tag("limiter", limiter),
        tag("result", result)).record(waited);
  }

  @Override
  public void circuitStateChanged(CircuitState from, CircuitState to) {
    circuit.set(to);
  }

  @Override
  public void sharedQuotaStateChanged(SharedQuotaState from, SharedQuotaState to) {
    sharedQuota.set(to);
  }

  @Override
  public void tokenRefreshed(TokenRefresh result) {
    tokenRefreshes.computeIfAbsent(result, ignored -> Counter.builder("faq.service.token.refreshes")
        .description("access tokens asked for, issued or not")
        .tags(commonTags).tags(List.of(tag("result", result)))
        .register(registry)).increment();
  }

  /** The timer of these two tags, registered on first use. */
  private Timer timer(Map<Object, Timer> timers, String name, String description, Tag first, Tag second) {
    return timers.computeIfAbsent(List.of(first, second), ignored -> Timer.builder(name).description(description)
        .tags(commonTags).tags(List.of(first, second)).register(registry));
  }

  /** A gauge that is 1 while {@code current} holds {@code state}, else 0. */
  private <S extends Enum<S>> void gauge(String name, String description, AtomicReference<S> current, S state) {
    Gauge.builder(name, current, reference -> reference.get() == state ? 1 : 0)
        .description(description).tags(commonTags).tags(List.of(tag("state", state))).strongReference(true)
        .register(registry);
  }

  private static Tag tag(String key, Enum<?> value) {
    return Tag.of(key, value.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "MicrometerFeishuListener[" + registry.getClass().getSimpleName() + ", tags=" + commonTags + "]";
  }
}
