package io.github.helpdeskfaq.quota.redis;

import io.github.bucket4j.BlockingStrategy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How a caller waits for a permit or for a hold to end: the thread sleeps, or, in tests, a fake clock moves. */
@FunctionalInterface
interface Waiter {

  /** Sleeps the calling thread. */
  Waiter SLEEP = time -> TimeUnit.NANOSECONDS.sleep(time.toNanos());

  void await(Duration time) throws InterruptedException;

  /** The same waiting, for Bucket4j's blocking bucket. */
  default BlockingStrategy asBlockingStrategy() {
    return nanos -> await(Duration.ofNanos(nanos));
  }
}
