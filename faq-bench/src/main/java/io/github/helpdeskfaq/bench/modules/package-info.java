/**
 * The modules beside the adapter: a faq-cache hit and a faq-quota-redis permit in JMH
 * ({@link io.github.helpdeskfaq.bench.modules.ModuleBenchmarks}), and the quota three replicas use on the wall clock
 * ({@link io.github.helpdeskfaq.bench.modules.SharedQuotaUse}), against a Redis the bench starts itself.
 */
package io.github.helpdeskfaq.bench.modules;
