/**
 * The environment of {@code faq-app} and the helpdesk it makes from it: the adapter chosen
 * ({@link io.github.helpdeskfaq.app.settings.Adapter}), the Feishu adapter's settings, the shared quota and the cache
 * of several replicas, and the fake seeded with demo data or {@code --fake-data}.
 * {@link io.github.helpdeskfaq.app.settings.Adapters} is the reference for wiring the adapters.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.settings;
