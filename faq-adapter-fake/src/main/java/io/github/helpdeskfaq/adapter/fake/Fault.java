package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One injected misbehaviour: a failure or a delay, for every call or only calls about one FAQ, for a number of calls
 * or until cleared.
 */
final class Fault {

  private static final int UNLIMITED = -1;

  private final Optional<FaqId> onlyFor;
  private final AtomicInteger remaining;
  private final Supplier<? extends FaqRepositoryException> failure;
  private final Duration delay;

  private Fault(Optional<FaqId> onlyFor, int times, Supplier<? extends FaqRepositoryException> failure,
      Duration delay) {
    this.onlyFor = onlyFor;
    this.remaining = new AtomicInteger(times);
    this.failure = failure;
    this.delay = delay;
  }

  static Fault failure(Optional<FaqId> onlyFor, int times, Supplier<? extends FaqRepositoryException> failure) {
    return new Fault(onlyFor, times, failure, Duration.ZERO);
  }

  static Fault delay(Optional<FaqId> onlyFor, int times, Duration delay) {
    return new Fault(onlyFor, times, null, delay);
  }

  static int unlimited() {
    return UNLIMITED;
  }

  boolean isFailure() {
    return failure != null;
  }

  /** Whether this fault applies to a call about {@code faqId}; a counted fault is used up by claiming it. */
  boolean claim(FaqId faqId) {
    if (onlyFor.isPresent() && !onlyFor.get().equals(faqId)) {
      return false;
    }
    if (remaining.get() == UNLIMITED) {
      return true;
    }
    return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
  }

  boolean isUsedUp() {
    return remaining.get() == 0;
  }

  FaqRepositoryException newFailure() {
    FaqRepositoryException error = failure.get();
    if (error == null) {
      throw new IllegalStateException("the injected failure supplier returned null");
    }
    return error;
  }

  Duration delay() {
    return delay;
  }
}
