package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import retrofit2.Call;

/**
 * The call timeout of the adapter's JSON calls ({@link FeishuHelpdesk.Builder#callTimeout}): a call is watched while it
 * runs and cancelled once it is past its deadline. Watching costs a queue insertion and, at the end, a flag; one
 * daemon thread, shared by every adapter and gone after a minute without a call to watch, looks at the calls in order
 * of their deadlines a few times per timeout (at most every {@link #MAX_TICK}). Okio's own call timeout, which this
 * replaces, woke its watchdog thread for most calls: a context switch per call.
 */
final class CallDeadlines {

  /** The longest between two looks at the calls: how late past its deadline a call may be cancelled. */
  static final Duration MAX_TICK = Duration.ofMillis(100);

  private static final ScheduledThreadPoolExecutor SWEEPER = sweeper();

  private final long timeoutNanos;
  private final long tickNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentLinkedQueue<Watch> watched = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sweeping = new AtomicBoolean();

  /** @param timeout each call watched is cancelled once it has run this long; zero: none ever is */
  CallDeadlines(Duration timeout) {
    this(timeout, System::nanoTime);
  }

  /** For tests: deadlines on another clock. */
  CallDeadlines(Duration timeout, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.timeoutNanos = timeout.toNanos();
    this.tickNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(MAX_TICK.toNanos(), timeoutNanos / 4));
  }

  /** How long a call may run. */
  Duration timeout() {
    return Duration.ofNanos(timeoutNanos);
  }

  /**
   * Watches a call from now; close the watch when the call has its whole answer.
   *
   * @return the watch, or null when there is no timeout
   */
  Watch watch(Call<?> call) {
    if (timeoutNanos == 0) {
      return null;
    }
    Watch watch = new Watch(call, nanoTime.getAsLong() + timeoutNanos);
    watched.offer(watch);
    if (!sweeping.get() && sweeping.compareAndSet(false, true)) {
      SWEEPER.schedule(this::sweep, tickNanos, TimeUnit.NANOSECONDS);
    }
    return watch;
  }

  /** Cancels the calls past their deadline and forgets those done; looks again while any is left to watch. */
  void sweep() {
    long now = nanoTime.getAsLong();
    for (Watch head = watched.peek(); head != null; head = watched.peek()) {
      if (!head.done) {
        if (now - head.deadline < 0) {
          break; // the calls behind it were watched later, with later deadlines
        }
        head.expire();
      }
      watched.poll();
    }
    if (watched.isEmpty()) {
      sweeping.set(false);
      if (watched.isEmpty() || !sweeping.compareAndSet(false, true)) {
        return; // nothing to watch, or a call watched meanwhile has scheduled the next look itself
      }
    }
    SWEEPER.schedule(this::sweep, tickNanos, TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor sweeper() {
    ScheduledThreadPoolExecutor sweeper = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "helpdesk-faq call deadlines");
      thread.setDaemon(true);
      return thread;
    });
    sweeper.setKeepAliveTime(1, TimeUnit.MINUTES);
    sweeper.allowCoreThreadTimeOut(true);
    sweeper.setRemoveOnCancelPolicy(true);
    return sweeper;
  }

  /** One call under watch. */
  static final class Watch implements AutoCloseable {
    private final Call<?> call;
    private final long deadline;
    private volatile boolean done;
    private volatile boolean expired;

    private Watch(Call<?> call, long deadline) {
      this.call = call;
      this.deadline = deadline;
    }

    /** Whether the call was cancelled for running past its deadline. */
    boolean expired() {
      return expired;
    }

    private void expire() {
      expired = true;
      call.cancel();
    }

    /** The call has its whole answer (or failed): it is no longer watched. */
    @Override
    public void close() {
      done = true;
    }
  }
}
