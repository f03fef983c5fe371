package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The monotonic time that the adapter measures short spans on, and its way to wait: the retries' time budget and
 * the waits before them, and the end of client-side throttling. Production uses {@link #SYSTEM}; tests hand in one
 * that records the waits and moves its own time on, so that a 429 asking for a second's wait costs no second.
 */
interface RetryClock {

  /** The system's monotonic clock and {@link TimeUnit#sleep}. */
  RetryClock SYSTEM = new RetryClock() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration wait) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    }

    @Override
    public String toString() {
      return "RetryClock.SYSTEM";
    }
  };

  /**
   * Monotonic time.
   *
   * @return nanoseconds from an arbitrary origin, as {@link System#nanoTime()}
   */
  long nanoTime();

  /**
   * Waits before a retry.
   *
   * @param wait how long, zero or positive
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration wait) throws InterruptedException;
}
