/**
 * Micrometer meters for the modules that report what they do: the Feishu adapter's calls, through
 * {@link io.github.helpdeskfaq.metrics.micrometer.MicrometerFeishuListener} (its
 * {@link io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener}), and a cache's statistics, through
 * {@link io.github.helpdeskfaq.metrics.micrometer.CacheMetrics}. Each depends on the module it measures, which the
 * application brings itself (both are optional dependencies here).
 *
 * <p>Everything in this package is non-null by default.
 */
package io.github.helpdeskfaq.metrics.micrometer;
