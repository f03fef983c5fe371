/**
 * The benchmarks, run by {@link io.github.helpdeskfaq.bench.BenchSuite} (see the module's README.md). In JMH: get
 * FAQ and the 64 MiB image against a loopback stand-in for Feishu ({@link io.github.helpdeskfaq.bench.GetFaqBenchmark},
 * {@link io.github.helpdeskfaq.bench.ImageBenchmark}, {@link io.github.helpdeskfaq.bench.HeapGrowthProbe}) for each
 * client of {@link io.github.helpdeskfaq.bench.fixture}; on the wall clock, the adapter's rate limit under load
 * ({@link io.github.helpdeskfaq.bench.RateLimitLoad}). The other parts live in packages of their own: the modules
 * ({@link io.github.helpdeskfaq.bench.modules}), whole processes ({@link io.github.helpdeskfaq.bench.cold}) and
 * {@code faq-app sync} ({@link io.github.helpdeskfaq.bench.sync}) and writes at the quota's pace
 * ({@link io.github.helpdeskfaq.bench.writes}), each depending on the fixture only. Built only
 * under the Maven profile {@code bench}; nothing depends on it.
 */
package io.github.helpdeskfaq.bench;
