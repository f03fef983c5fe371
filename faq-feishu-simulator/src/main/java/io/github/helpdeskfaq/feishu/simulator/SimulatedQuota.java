package io.github.helpdeskfaq.feishu.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Feishu's rate limit as a {@link FeishuSimulator} enforces it ({@link FeishuSimulator#enforceQuota}): at most
 * {@code permits} helpdesk requests in each period, the periods fixed windows on the given clock (aligned to the
 * epoch, so a one-second window starts at each whole second); a request beyond that is answered 429 with code
 * 99991400 and {@code x-ogw-ratelimit-reset}, the whole seconds until the window ends. Tests drive it with a clock
 * of their own and count: requests, 429s, and what each window admitted. Thread-safe.
 */
public final class SimulatedQuota {

  private final int permits;
  private final long periodMillis;
  private final Clock clock;
  private final SortedMap<Instant, Integer> admitted = new TreeMap<>();
  private Recent<Instant> arrivals = new Recent<>();
  private long requests;
  private long rateLimited;

  SimulatedQuota(int permits, Duration period, Clock clock) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, was " + permits);
    }
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("period must be at least a millisecond, was " + period);
    }
    this.permits = permits;
    this.periodMillis = period.toMillis();
    this.clock = clock;
  }

  /** Counts a request: null when the window has room for it, else the 429 to answer it with. */
  synchronized SimulatedAnswer admit() {
    Instant now = clock.instant();
    long window = Math.floorDiv(now.toEpochMilli(), periodMillis);
    Instant start = Instant.ofEpochMilli(window * periodMillis);
    requests++;
    arrivals.add(now);
    int inWindow = admitted.getOrDefault(start, 0);
    if (inWindow < permits) {
      admitted.put(start, inWindow + 1);
      return null;
    }
    rateLimited++;
    long millisLeft = start.toEpochMilli() + periodMillis - now.toEpochMilli();
    long resetSeconds = Math.max(1, (millisLeft + 999) / 1000);
    return FeishuResponses.error(429, 99991400, "request trigger frequency limit")
        .withHeader("x-ogw-ratelimit-reset", resetSeconds).withHeader("x-ogw-ratelimit-limit", permits);
  }

  /** The helpdesk requests counted, admitted or not. */
  public synchronized long requests() {
    return requests;
  }

  /** The requests answered 429. */
  public synchronized long rateLimited() {
    return rateLimited;
  }

  /** How many requests each window admitted, by the window's start; windows that admitted none are absent. */
  public synchronized SortedMap<Instant, Integer> admittedPerWindow() {
    return new TreeMap<>(admitted);
  }

  /** The most any one window admitted. */
  public synchronized int mostAdmittedInAWindow() {
    return admitted.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** When each request arrived, on the quota's clock, in order: the latest 10,000. */
  public synchronized List<Instant> arrivals() {
    return arrivals.snapshot();
  }

  /** Forgets every count; the limit goes on. */
  public synchronized void resetCounts() {
    admitted.clear();
    arrivals = new Recent<>();
    requests = 0;
    rateLimited = 0;
  }

  @Override
  public String toString() {
    return "SimulatedQuota[" + permits + " per " + periodMillis + " ms, " + requests() + " requests, "
        + rateLimited() + " answered 429]";
  }
}
