package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One injected misbehaviour: a failure or a delay, for every call, only calls about one FAQ, or only requests for
 * one page number of a listing or search; for a number of calls or until cleared.
 */
final class Fault {

  private static final int UNLIMITED = -1;
  /** The page number of a call that reads no page. */
  static final int NO_PAGE = 0;

  private final Optional<FaqId> onlyFor;
  private final int onlyPage;
  private final AtomicInteger remaining;
  private final Supplier<? extends FaqRepositoryException> failure;
  private final Duration delay;

  private Fault(Optional<FaqId> onlyFor, int onlyPage, int times, Supplier<? extends FaqRepositoryException> failure,
      Duration delay) {
    this.onlyFor = onlyFor;
    this.onlyPage = onlyPage;
    this.remaining = new AtomicInteger(times);
    this.failure = failure;
    this.delay = delay;
  }

  static Fault failure(Optional<FaqId> onlyFor, int times, Supplier<? extends FaqRepositoryException> failure) {
    return new Fault(onlyFor, NO_PAGE, times, failure, Duration.ZERO);
  }

  static Fault delay(Optional<FaqId> onlyFor, int times, Duration delay) {
    return new Fault(onlyFor, NO_PAGE, times, null, delay);
  }

  static Fault pageFailure(int page, Supplier<? extends FaqRepositoryException> failure) {
    return new Fault(Optional.empty(), page, UNLIMITED, failure, Duration.ZERO);
  }

  static Fault pageDelay(int page, Duration delay) {
    return new Fault(Optional.empty(), page, UNLIMITED, null, delay);
  }

  static int unlimited() {
    return UNLIMITED;
  }

  boolean isFailure() {
    return failure != null;
  }

  /**
   * Whether this fault applies to a call about {@code faqId} (empty for a call about no one FAQ) that reads page
   * {@code page} ({@link #NO_PAGE} for none); a counted fault is used up by claiming it.
   */
  boolean claim(Optional<FaqId> faqId, int page) {
    if (onlyFor.isPresent() && !onlyFor.equals(faqId) || onlyPage != NO_PAGE && onlyPage != page) {
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
