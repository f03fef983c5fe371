/**
 * The Feishu adapter's extension points: what it reports for metrics ({@link
 * io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener}), the quota it can share with other replicas ({@link
 * io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota}), and the states its health shows ({@link
 * io.github.helpdeskfaq.adapter.feishu.spi.CircuitState}, {@link
 * io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState}). Optional modules implement them (Micrometer meters, a
 * quota in Redis); no type of the adapter's HTTP stack appears here.
 *
 * <p>Everything in this package is non-null by default. This package depends on {@code java.*} only.
 */
package io.github.helpdeskfaq.adapter.feishu.spi;
