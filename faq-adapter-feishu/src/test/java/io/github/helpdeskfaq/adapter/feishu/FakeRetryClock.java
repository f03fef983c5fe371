package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A retry clock that does not sleep: it records each wait and moves its own time on by it. */
final class FakeRetryClock implements RetryClock {

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration wait) {
    waits.add(wait);
    nanos.addAndGet(wait.toNanos());
  }

  /** The waits asked for, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
