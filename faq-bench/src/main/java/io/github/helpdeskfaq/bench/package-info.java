/**
 * The JMH benchmarks, run by {@link io.github.helpdeskfaq.bench.BenchSuite}: get FAQ and the 64 MiB image against
 * one loopback server ({@link io.github.helpdeskfaq.bench.GetFaqBenchmark},
 * {@link io.github.helpdeskfaq.bench.ImageBenchmark}, {@link io.github.helpdeskfaq.bench.HeapGrowthProbe}), and get
 * FAQ answered in memory, each client's own work ({@link io.github.helpdeskfaq.bench.ClientWorkBenchmark}). The
 * clients are our adapter, the floor (raw OkHttp and Moshi), Retrofit as documented, the official SDK, the fake
 * and a raw socket ({@link io.github.helpdeskfaq.bench.Clients}). Besides JMH, {@link
 * io.github.helpdeskfaq.bench.SyncBench} times {@code faq-app sync} against a quota-enforcing helpdesk. Built only
 * under the Maven profile {@code bench}; nothing depends on it.
 */
package io.github.helpdeskfaq.bench;
