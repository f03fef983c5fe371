package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Limiter;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.PermitResult;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared quota's side of a request's permit ({@link FeishuHelpdesk.Builder#sharedQuota}), after the local
 * limiter's: a permit from the {@link SharedQuota} when one is configured, and a hold of every replica when Feishu
 * answers 429 with a reset. A quota that cannot answer ({@link SharedQuotaUnavailableException}) never fails a call:
 * the request goes ahead under the local limit alone, the quota is asked again on the next request, and the change
 * of state is logged once each way (a WARN when the fallback starts, an INFO when the quota answers again).
 */
final class SharedPermits {

  private static final Logger LOG = LoggerFactory.getLogger(SharedPermits.class);

  private final SharedQuota quota;
  private final Clock clock;
  private final RetryClock ticker;
  private final FeishuListener listener;
  private final AtomicReference<SharedQuotaState> state;

  /**
   * @param quota the shared quota, or null for none
   */
  SharedPermits(SharedQuota quota, Clock clock, RetryClock ticker, FeishuListener listener) {
    this.quota = quota;
    this.clock = clock;
    this.ticker = ticker;
    this.listener = listener;
    this.state = new AtomicReference<>(quota == null ? SharedQuotaState.NONE : SharedQuotaState.SHARED);
  }

  /**
   * Takes a permit from the shared quota, waiting for it up to {@code maxWait}; does nothing without one.
   *
   * @throws Refused if the quota granted none within {@code maxWait}
   */
  void acquire(Duration maxWait) {
    if (quota == null) {
      return;
    }
    long asked = ticker.nanoTime();
    PermitResult result;
    try {
      result = quota.tryAcquire(maxWait.isNegative() ? Duration.ZERO : maxWait) ? PermitResult.GRANTED
          : PermitResult.REFUSED;
      answered();
    } catch (SharedQuotaUnavailableException down) {
      result = PermitResult.UNAVAILABLE;
      unavailable(down);
    }
    listener.permitRequested(Limiter.SHARED, result, Duration.ofNanos(ticker.nanoTime() - asked));
    if (result == PermitResult.REFUSED) {
      throw new Refused(quota.toString());
    }
  }

  /** Holds every replica back for {@code reset}, from now: Feishu said it refuses requests until then. */
  void holdFor(Duration reset) {
    if (quota == null || reset.isZero() || reset.isNegative()) {
      return;
    }
    try {
      quota.holdUntil(clock.instant().plus(reset));
      answered();
    } catch (SharedQuotaUnavailableException down) {
      unavailable(down);
    }
  }

  /** {@code NONE}, {@code SHARED}, or {@code LOCAL_FALLBACK} from a failed answer until the next good one. */
  SharedQuotaState state() {
    return state.get();
  }

  private void answered() {
    if (state.get() == SharedQuotaState.LOCAL_FALLBACK
        && state.compareAndSet(SharedQuotaState.LOCAL_FALLBACK, SharedQuotaState.SHARED)) {
      LOG.info("The shared quota answers again: requests to Feishu take its permits again ({})", quota);
      listener.sharedQuotaStateChanged(SharedQuotaState.LOCAL_FALLBACK, SharedQuotaState.SHARED);
    }
  }

  private void unavailable(SharedQuotaUnavailableException down) {
    if (state.get() == SharedQuotaState.SHARED
        && state.compareAndSet(SharedQuotaState.SHARED, SharedQuotaState.LOCAL_FALLBACK)) {
      LOG.warn("The shared quota cannot answer ({}); requests to Feishu go ahead under this instance's local limit "
          + "alone until it does", down.getMessage());
      listener.sharedQuotaStateChanged(SharedQuotaState.SHARED, SharedQuotaState.LOCAL_FALLBACK);
    }
  }

  /**
   * The shared quota granted no permit in time. Thrown through the circuit breaker, which ignores it as it ignores
   * the local limiter's refusal, so that it neither counts as a call nor uses up a half-open probe.
   */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String quota) {
      super("no permit from the shared quota " + quota, null, false, false);
    }
  }
}
