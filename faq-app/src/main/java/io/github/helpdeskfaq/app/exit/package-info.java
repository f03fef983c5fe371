/**
 * How a command of {@code faq-app} ends: its {@link io.github.helpdeskfaq.app.exit.ExitCode}, the failures the
 * program detects itself, the one line that explains each failure ({@link io.github.helpdeskfaq.app.exit.Failures}),
 * and the reporter that writes those lines to standard error without a secret in them.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.exit;
