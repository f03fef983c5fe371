package io.github.helpdeskfaq.adapter.feishu.spi;

/** How the adapter's requests are limited beyond its own instance ({@link SharedQuota}). */
public enum SharedQuotaState {
  /** No shared quota is configured: the local limiter alone. */
  NONE,
  /** A permit from the local limiter, then one from the shared quota. */
  SHARED,
  /**
   * The shared quota cannot answer (its store is down or slow): the local limiter alone, from the failed answer until
   * the next good one. The quota is asked again on every request.
   */
  LOCAL_FALLBACK
}
