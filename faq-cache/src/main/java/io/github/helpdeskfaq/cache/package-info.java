/**
 * A caching decorator for any {@link io.github.helpdeskfaq.domain.port.Helpdesk}, over Caffeine: FAQs found and FAQs not
 * found by id are kept for their own times, concurrent misses for one id make one call to the helpdesk underneath,
 * failures are never kept, and everything else (images, listings, categories) passes straight through.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.cache.CachingHelpdesk#builder} and the
 * {@link io.github.helpdeskfaq.cache.CacheStatistics} it reports; no Caffeine type crosses it. Its meters are in
 * {@code faq-metrics-micrometer}.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null}.
 */
package io.github.helpdeskfaq.cache;
