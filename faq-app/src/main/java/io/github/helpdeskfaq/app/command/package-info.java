/**
 * The commands of {@code faq-app}, declared with picocli: {@code get}, {@code image}, {@code export}, {@code list},
 * {@code search}, {@code categories} and {@code sync}, each over the helpdesk that the options and the environment
 * choose, registered by the program through {@link io.github.helpdeskfaq.app.command.Commands}. A command receives the
 * process's environment, streams and folder in an {@link io.github.helpdeskfaq.app.command.Invocation}; its failures
 * propagate as exceptions.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.app.command;
