package io.github.helpdeskfaq.quota.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock shared by the replicas of a test, which moves only when told to; as a {@link Waiter} it moves instead of
 * sleeping, so that a wait for a permit or for a hold to end takes no real time and can be measured exactly.
 */
final class FakeClock extends Clock implements Waiter {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a fake clock has one zone");
  }

  void advance(Duration time) {
    now.updateAndGet(instant -> instant.plus(time));
  }

  @Override
  public void await(Duration time) {
    advance(time);
  }
}
