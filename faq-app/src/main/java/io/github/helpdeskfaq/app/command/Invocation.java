package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ErrorReporter;
import io.github.helpdeskfaq.app.interaction.Browser;
import io.github.helpdeskfaq.app.interaction.Terminal;
import io.github.helpdeskfaq.app.render.Ticker;
import io.github.helpdeskfaq.app.settings.HelpdeskFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the program works with instead of the process's globals: its environment, its standard streams,
 * its working folder, whether a person watches standard error, how to make the helpdesk it runs on, its clock, and
 * the person's terminal and browser.
 *
 * @param environment the environment variables
 * @param out standard output
 * @param err standard error
 * @param workingDirectory the folder that relative paths and default output files are resolved against
 * @param interactive whether the program runs in a terminal (progress is shown only then)
 * @param helpdesks makes the helpdesk the command runs on
 * @param reporter writes failures and warnings to {@code err}
 * @param ticker the clock for progress and elapsed time
 * @param terminal the terminal to ask the person at, when standard input is one
 * @param browser opens a page for the person ({@code login})
 */
public record Invocation(
    Map<String, String> environment,
    PrintStream out,
    PrintStream err,
    Path workingDirectory,
    boolean interactive,
    HelpdeskFactory helpdesks,
    ErrorReporter reporter,
    Ticker ticker,
    Optional<Terminal> terminal,
    Browser browser) {
}
