/**
 * {@code faq-app sync} as users run it, against the simulator under a quota
 * ({@link io.github.helpdeskfaq.bench.sync.SyncBench}): the first sync, a sync with no change, and one after
 * changes and deletions.
 */
package io.github.helpdeskfaq.bench.sync;
