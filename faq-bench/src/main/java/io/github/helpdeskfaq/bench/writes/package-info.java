/**
 * Writes at the quota's pace: the adapter creating FAQs in the simulator under an enforced quota
 * ({@link io.github.helpdeskfaq.bench.writes.WriteBench}).
 */
package io.github.helpdeskfaq.bench.writes;
