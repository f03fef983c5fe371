package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The misbehaviours injected into a {@link FakeHelpdesk}, and how a call meets them: delayed, then failed. */
final class Faults {

  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper;

  Faults(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  void add(Fault fault) {
    faults.add(fault);
  }

  void clear() {
    faults.clear();
  }

  int size() {
    return faults.size();
  }

  /**
   * Delays the call by every matching delay, then fails it with the first matching failure.
   *
   * @param faqId the FAQ the call is about, if it is about one
   * @param page the number of the page the call reads, or {@link Fault#NO_PAGE}
   */
  void apply(Optional<FaqId> faqId, int page) {
    if (faults.isEmpty()) {
      return; // the common case: no lock taken (CopyOnWriteArrayList.removeIf below locks even when it removes none)
    }
    Duration delay = Duration.ZERO;
    FaqRepositoryException failure = null;
    for (Fault fault : faults) {
      if (fault.isFailure()) {
        if (failure == null && fault.claim(faqId, page)) {
          failure = fault.newFailure();
        }
      } else if (fault.claim(faqId, page)) {
        delay = delay.plus(fault.delay());
      }
    }
    faults.removeIf(Fault::isUsedUp);
    pause(delay);
    if (failure != null) {
      throw failure;
    }
  }

  private void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new FaqServiceUnavailableException("interrupted while waiting out injected latency", null, null, 0,
          interrupted);
    }
  }

  static int requirePositive(int count, String name) {
    if (count < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + count);
    }
    return count;
  }

  static Duration requireNotNegative(Duration latency) {
    Objects.requireNonNull(latency, "latency must not be null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
    return latency;
  }
}
