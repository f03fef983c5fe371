/**
 * The benchmarks, run by {@link io.github.helpdeskfaq.bench.BenchSuite} (see the module's README.md). In JMH: get
 * FAQ and the 64 MiB image against a loopback stand-in for Feishu ({@link io.github.helpdeskfaq.bench.GetFaqBenchmark},
 * {@link io.github.helpdeskfaq.bench.ImageBenchmark}, {@link io.github.helpdeskfaq.bench.HeapGrowthProbe}) for our
 * adapter, the official SDK, the fake and a raw socket ({@link io.github.helpdeskfaq.bench.Clients}); a faq-cache hit
 * and a faq-quota-redis permit ({@link io.github.helpdeskfaq.bench.ModuleBenchmarks}). On the wall clock: the quota
 * three replicas use ({@link io.github.helpdeskfaq.bench.SharedQuotaUse}) and the adapter's rate limit under load
 * ({@link io.github.helpdeskfaq.bench.RateLimitLoad}). As whole processes: the adapter against the official SDK on
 * both stand-ins ({@link io.github.helpdeskfaq.bench.ColdProcessComparison}) and {@code faq-app sync} against the
 * simulator under a quota ({@link io.github.helpdeskfaq.bench.SyncBench}). The stand-ins are the bench's own
 * ({@link io.github.helpdeskfaq.bench.SocketBenchServer}) and the simulator on the JDK's HTTP server
 * ({@link io.github.helpdeskfaq.bench.SimulatorBenchServer}). The adapter is reached through its public API only.
 * Built only under the Maven profile {@code bench}; nothing depends on it.
 */
package io.github.helpdeskfaq.bench;
