package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.app.settings.Adapter;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads a helpdesk: chooses the adapter from the {@link CommonOptions} and the environment, makes the
 * helpdesk (under {@code --verbose}, one that tells each request's log id on standard error), and runs. Failures
 * propagate as exceptions; the program turns them into an exit code and a few lines on standard error.
 */
abstract class HelpdeskCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  final Invocation invocation;

  HelpdeskCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation");
  }

  @Override
  public final Integer call() {
    Adapter adapter = common.adapter(invocation);
    Optional<Path> fakeData = common.fakeData(adapter, invocation);
    Helpdesk helpdesk = invocation.helpdesks().create(adapter, fakeData, invocation.environment(),
        common.requests(invocation, commandName()));
    return execute(helpdesk);
  }

  /**
   * Runs the command on the helpdesk.
   *
   * @return the exit code, {@link ExitCode#SUCCESS} unless the command knows better
   */
  abstract int execute(Helpdesk helpdesk);

  /** The command's name for messages, for example {@code faq-app export}. */
  String commandName() {
    return spec.qualifiedName();
  }

  /** A path for standard output: as the user would write it ({@link OutputPaths#display}), safe for a terminal. */
  String display(Path file) {
    return TerminalText.escape(OutputPaths.display(invocation.workingDirectory(), file));
  }
}
