package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shared quota in memory that answers as the test says (grant, refuse, or be unavailable) and records what it was
 * asked: the adapter's side of the port, tested without a store. The store's side is tested against a real Redis in
 * {@code faq-quota-redis}.
 */
final class ScriptedSharedQuota implements SharedQuota {

  enum Answer { GRANT, REFUSE, UNAVAILABLE }

  private final List<Duration> waitsAsked = new CopyOnWriteArrayList<>();
  private final List<Instant> holds = new CopyOnWriteArrayList<>();
  private volatile Answer answer = Answer.GRANT;

  void answer(Answer next) {
    this.answer = next;
  }

  /** The longest waits that each permit request allowed, in order. */
  List<Duration> waitsAsked() {
    return List.copyOf(waitsAsked);
  }

  /** The holds asked for, in order. */
  List<Instant> holds() {
    return List.copyOf(holds);
  }

  @Override
  public boolean tryAcquire(Duration maxWait) {
    waitsAsked.add(maxWait);
    return switch (answer) {
      case GRANT -> true;
      case REFUSE -> false;
      case UNAVAILABLE -> throw new SharedQuotaUnavailableException("scripted outage", null);
    };
  }

  @Override
  public void holdUntil(Instant until) {
    holds.add(until);
    if (answer == Answer.UNAVAILABLE) {
      throw new SharedQuotaUnavailableException("scripted outage", null);
    }
  }

  @Override
  public String toString() {
    return "ScriptedSharedQuota";
  }
}
