package io.github.helpdeskfaq.domain;

/** Where a FAQ stands in the helpdesk's life cycle, as a listing filters by it ({@link FaqFilter#withStatus}). */
public enum FaqStatus {
  /** Online: shown to the helpdesk's users. */
  ONLINE,
  /** Deleted, and can still be restored. */
  DELETED,
  /** Deleted for good. */
  DELETED_PERMANENTLY
}
