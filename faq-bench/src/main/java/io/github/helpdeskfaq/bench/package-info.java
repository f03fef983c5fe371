/**
 * The benchmarks, run by {@link io.github.helpdeskfaq.bench.BenchSuite} (see the module's README.md). In JMH: get
 * FAQ and the 64 MiB image against one loopback server ({@link io.github.helpdeskfaq.bench.GetFaqBenchmark},
 * {@link io.github.helpdeskfaq.bench.ImageBenchmark}, {@link io.github.helpdeskfaq.bench.HeapGrowthProbe}), get FAQ
 * answered in memory, each client's own work ({@link io.github.helpdeskfaq.bench.ClientWorkBenchmark}), for our
 * adapter, the floor (raw OkHttp and Moshi), Retrofit as documented, the official SDK, the fake and a raw socket
 * ({@link io.github.helpdeskfaq.bench.Clients}); a faq-cache hit and a faq-quota-redis permit
 * ({@link io.github.helpdeskfaq.bench.ModuleBenchmarks}). On the wall clock: the quota three replicas use
 * ({@link io.github.helpdeskfaq.bench.SharedQuotaUse}) and the adapter's rate limit under load
 * ({@link io.github.helpdeskfaq.bench.RateLimitLoad}). As whole processes: the adapter against the official SDK
 * ({@link io.github.helpdeskfaq.bench.ColdProcessComparison}) and {@code faq-app sync} against a quota-enforcing
 * helpdesk ({@link io.github.helpdeskfaq.bench.SyncBench}). Built only under the Maven profile {@code bench};
 * nothing depends on it.
 */
package io.github.helpdeskfaq.bench;
