package io.github.helpdeskfaq.quota.redis;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an outage of the store once when it begins (a warning) and once when it ends (information), however many
 * calls fail in between. Names the store by host and port only, never by its URI (which may carry a password).
 */
final class OutageLog {

  private static final Logger LOG = LoggerFactory.getLogger(RedisSharedQuota.class);

  private final String store;
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong failedCalls = new AtomicLong();

  OutageLog(String store) {
    this.store = store;
  }

  void failed(RuntimeException failure) {
    failedCalls.incrementAndGet();
    if (down.compareAndSet(false, true)) {
      LOG.warn("Shared quota store {} cannot answer ({}: {}); callers fall back to their local limits until it does",
          store, failure.getClass().getSimpleName(), failure.getMessage());
    }
  }

  void answered() {
    if (down.get() && down.compareAndSet(true, false)) {
      LOG.info("Shared quota store {} answers again, after {} failed calls", store, failedCalls.getAndSet(0));
    }
  }
}
