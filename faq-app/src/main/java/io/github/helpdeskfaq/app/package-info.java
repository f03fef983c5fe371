/**
 * The runnable program {@code faq-app}: {@link io.github.helpdeskfaq.app.Main}, the only class that touches the
 * process (environment, standard streams, exit), and {@link io.github.helpdeskfaq.app.FaqApp}, which runs the
 * commands in-process, so that tests run the whole program. The commands are in {@code app.command}, what they print
 * in {@code app.render}, the environment and the adapters it chooses in {@code app.settings}, exit codes and the
 * failures that end a command in {@code app.exit}, the terminal, the browser and a sign-in's redirect in
 * {@code app.interaction}; the mirror that {@code sync} writes is {@code faq-mirror}.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app;
