/**
 * The adapter against the official SDK as whole processes: a fresh JVM per client and round
 * ({@link io.github.helpdeskfaq.bench.cold.ColdProcessClient}), paired rounds and their CPU time
 * ({@link io.github.helpdeskfaq.bench.cold.ColdProcessComparison}).
 */
package io.github.helpdeskfaq.bench.cold;
