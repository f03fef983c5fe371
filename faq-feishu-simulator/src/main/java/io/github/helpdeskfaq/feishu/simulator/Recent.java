package io.github.helpdeskfaq.feishu.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * The most recent items, oldest first, at most {@link #CAPACITY} of them: what a simulator keeps of its traffic, so
 * that one that serves for days (or a benchmark's millions of requests) holds no more than a test needs. Thread-safe.
 *
 * @param <T> the items' type
 */
final class Recent<T> {

  /** How many items are kept; an older one is dropped when a new one comes. */
  static final int CAPACITY = 10_000;

  private final LinkedBlockingDeque<T> items = new LinkedBlockingDeque<>();

  void add(T item) {
    items.offerLast(item);
    while (items.size() > CAPACITY) {
      items.pollFirst();
    }
  }

  /** Takes the oldest item kept, waiting up to {@code timeout} for one; null if none came. */
  T take(Duration timeout) throws InterruptedException {
    return items.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  List<T> snapshot() {
    return List.copyOf(items);
  }
}
