/**
 * A caching decorator for any {@link io.github.helpdeskfaq.domain.FaqRepository}, over Caffeine: FAQs found and
 * FAQs not found are kept for their own times, concurrent misses for one id make one call to the repository
 * underneath, failures are never kept, and images pass straight through.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.cache.CachingFaqRepository#builder} and the
 * {@link io.github.helpdeskfaq.cache.CacheStatistics} it reports; no Caffeine type crosses it.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null}.
 */
package io.github.helpdeskfaq.cache;
