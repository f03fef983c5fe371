/**
 * What an adapter reports about its calls to the FAQ service, for metrics: the
 * {@link io.github.helpdeskfaq.domain.metrics.FaqServiceListener} that an adapter calls, and the bounded
 * vocabulary (enums) it reports in. An optional module turns the reports into meters (Micrometer, for one); an
 * adapter without a listener reports to {@link io.github.helpdeskfaq.domain.metrics.FaqServiceListener#NONE}.
 *
 * <p>Everything in this package is non-null by default. This package depends on {@code java.*} only.
 */
package io.github.helpdeskfaq.domain.metrics;
