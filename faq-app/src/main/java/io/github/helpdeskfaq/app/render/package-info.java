/**
 * What the commands of {@code faq-app} print, other than the formats of {@code faq-mirror}: the readable view of a
 * FAQ, the category tree, listings as their pages arrive, the progress of downloads and of a sync, and text made safe
 * for a terminal ({@link io.github.helpdeskfaq.app.render.TerminalText}).
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.render;
