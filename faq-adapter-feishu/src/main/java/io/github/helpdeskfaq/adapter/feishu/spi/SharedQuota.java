package io.github.helpdeskfaq.adapter.feishu.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * One service quota shared by every replica of an application: each call to the service first takes a permit here,
 * so that N replicas together stay within the quota that the service grants the application, not N times it.
 *
 * <p>Which replicas share a quota is the implementation's business (an app id and a base URL, typically): replicas of
 * one application share it, different applications do not. Implementations are safe for concurrent use.
 *
 * <p>The store behind a shared quota can fail while the service it guards is fine. Every method then throws a
 * {@link SharedQuotaUnavailableException} promptly, within a bound the implementation documents, and never hangs;
 * the caller carries on under its own local limit and tries the shared quota again on its next call. A shared quota
 * recovers by itself when its store is back.
 */
public interface SharedQuota {

  /**
   * Takes one permit, waiting for it up to {@code maxWait}. A permit granted is spent, whether or not the caller then
   * makes its call. While a hold is in force ({@link #holdUntil}) no permit is granted before the hold ends.
   *
   * @param maxWait how long the caller is prepared to wait; zero to take a permit only if one is free now
   * @return true if a permit was granted; false if none could be granted within {@code maxWait} (without waiting
   *     when it is already clear that none will be), or if the thread was interrupted while waiting (its interrupt
   *     flag is then set)
   * @throws SharedQuotaUnavailableException if the store behind the quota is unreachable or too slow to answer
   * @throws IllegalArgumentException if {@code maxWait} is negative
   */
  boolean tryAcquire(Duration maxWait);

  /**
   * Holds every replica back until {@code until}: the service said it will refuse calls before then (a 429 with a
   * reset time). No replica is granted a permit before {@code until}. A hold only ever lengthens: an earlier instant
   * than the one in force changes nothing, and so does one already past.
   *
   * @param until the instant from which permits may be granted again
   * @throws SharedQuotaUnavailableException if the store behind the quota is unreachable or too slow to answer,
   *     or the thread is interrupted meanwhile (its interrupt flag is then set)
   */
  void holdUntil(Instant until);
}
