package io.github.helpdeskfaq.feishu.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The next so many requests of one kind, answered with a failure instead of being served. Thread-safe. */
final class Faults {

  private final AtomicInteger left = new AtomicInteger();
  private volatile Supplier<SimulatedAnswer> failure;

  /** Answers the next {@code count} requests with what {@code answer} makes; 0 serves them all again. */
  void next(int count, Supplier<SimulatedAnswer> answer) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (count > 0 && answer == null) {
      throw new IllegalArgumentException("a failure to answer with is needed for " + count + " requests");
    }
    failure = answer;
    left.set(count);
  }

  /** The failure for this request, or {@code null} when it is to be served. */
  SimulatedAnswer take() {
    Supplier<SimulatedAnswer> answer = failure;
    return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0 && answer != null ? answer.get() : null;
  }
}
