/**
 * The runnable program {@code faq-app}: the commands {@code get}, {@code image}, {@code export}, {@code list},
 * {@code search}, {@code categories} and {@code sync} (a mirror: {@code faq-mirror}) over a repository chosen per
 * environment (the in-memory fake with demo data, or Feishu), and the reference for wiring the adapters.
 *
 * <p>{@link io.github.helpdeskfaq.app.Main} is the only class that touches the process (environment, standard
 * streams, exit); everything else receives them from {@link io.github.helpdeskfaq.app.FaqApp#run}, so that the
 * whole program runs in-process in tests. Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app;
