package io.github.helpdeskfaq.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a FAQ stands in the helpdesk's life cycle, as the list endpoint filters by it ({@code status}): the codes are
 * the platform's own ("1 online, 0 deleted but recoverable, 2 deleted for good").
 */
public enum FaqStatus {
  /** Online: shown to the helpdesk's users ({@code 1}). */
  ONLINE(1),
  /** Deleted, and can still be restored ({@code 0}). */
  DELETED(0),
  /** Deleted for good ({@code 2}). */
  DELETED_PERMANENTLY(2);

  private final int code;

  FaqStatus(int code) {
    this.code = code;
  }

  /**
   * The platform's code for this status.
   *
   * @return {@code 1}, {@code 0} or {@code 2}
   */
  public int code() {
    return code;
  }

  /**
   * The status with a platform code.
   *
   * @param code the code
   * @return the status, or empty for a code the platform does not document
   */
  public static Optional<FaqStatus> ofCode(int code) {
    return Arrays.stream(values()).filter(status -> status.code == code).findFirst();
  }
}
