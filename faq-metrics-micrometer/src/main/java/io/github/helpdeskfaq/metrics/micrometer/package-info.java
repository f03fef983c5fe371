/**
 * Micrometer meters for the domain's {@link io.github.helpdeskfaq.domain.metrics.FaqServiceListener}:
 * {@link io.github.helpdeskfaq.metrics.micrometer.MicrometerFaqServiceListener}, the module's one public class.
 * Depends on the domain and Micrometer only, never on an adapter.
 *
 * <p>Everything in this package is non-null by default.
 */
package io.github.helpdeskfaq.metrics.micrometer;
