package io.github.helpdeskfaq.cache;

/**
 * What a {@link CachingHelpdesk} has done since it was built: counts only ever grow. A lookup that finds a load
 * already under way for its id counts as a hit, since it makes no call of its own.
 *
 * @param hits lookups answered without a call to the helpdesk underneath (a cached FAQ or a cached "not found")
 * @param misses lookups that found nothing cached, each followed by one call underneath
 * @param loads calls underneath that answered (a FAQ, or "not found")
 * @param loadFailures calls underneath that threw; their failures are never kept
 * @param evictions entries dropped because the cache was full or their time was up
 */
public record CacheStatistics(long hits, long misses, long loads, long loadFailures, long evictions) {

  /** Checks that no count is negative. */
  public CacheStatistics {
    requireNotNegative("hits", hits);
    requireNotNegative("misses", misses);
    requireNotNegative("loads", loads);
    requireNotNegative("loadFailures", loadFailures);
    requireNotNegative("evictions", evictions);
  }

  /**
   * The lookups made.
   *
   * @return {@code hits + misses}
   */
  public long lookups() {
    return hits + misses;
  }

  /**
   * The share of lookups answered from the cache.
   *
   * @return {@code hits / lookups}, from 0 to 1; 1 when there was no lookup yet
   */
  public double hitRate() {
    long lookups = lookups();
    return lookups == 0 ? 1.0 : (double) hits / lookups;
  }

  private static void requireNotNegative(String name, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + count);
    }
  }
}
