/**
 * What the program does with the person at the machine beyond its standard streams: asks at the terminal
 * ({@link io.github.helpdeskfaq.app.interaction.Terminal}), opens a page in the browser
 * ({@link io.github.helpdeskfaq.app.interaction.Browser}), and receives a sign-in's redirect on the loopback interface
 * ({@link io.github.helpdeskfaq.app.interaction.LoopbackRedirect}). The first two reach the desktop only through
 * {@code system()} and {@code desktop()}, which {@code Main} alone uses: tests hand in their own.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.interaction;
