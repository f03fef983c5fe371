/**
 * The commands of {@code faq-app}, declared with picocli: {@code get}, {@code image}, {@code export}, {@code list},
 * {@code search}, {@code categories} and {@code sync}, which read, and {@code create}, {@code update}, {@code delete}
 * and {@code category}, which write, each over the helpdesk that the options and the environment choose; and
 * {@code login} and {@code logout}, for the user tokens of writes. The program registers them through
 * {@link io.github.helpdeskfaq.app.command.Commands}. A command receives the process's environment, streams, folder,
 * terminal and browser in an {@link io.github.helpdeskfaq.app.command.Invocation}; its failures propagate as
 * exceptions.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.command;
