package io.github.helpdeskfaq.adapter.fake;

import java.time.Duration;

/** How the fake waits out injected latency; tests swap in one that records instead of sleeping. */
@FunctionalInterface
interface Sleeper {

  Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
