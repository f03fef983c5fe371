package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.app.settings.Adapter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The options that every command has: which adapter, which fake data, how much to say on failure. */
final class CommonOptions {

  @Option(names = "--adapter", paramLabel = "fake|feishu",
      description = "The adapter: fake (in memory, demo data) or feishu (configured from FEISHU_* "
          + "environment variables). Default: $" + Adapter.VARIABLE + ", else fake.")
  String adapter;

  @Option(names = "--fake-data", paramLabel = "FILE",
      description = "With the fake: load FAQs from FILE (Feishu FAQ-detail responses: one object or an array) "
          + "instead of the demo data; images named <image-key>.<ext> beside FILE are served too.")
  Path fakeData;

  @Option(names = Commands.VERBOSE, description = "Print each request's log id (Feishu) on standard error, and on "
      + "failure the stack trace too.")
  boolean verbose;

  /**
   * The adapter chosen by the option, else the environment.
   *
   * @throws UsageException if it is not an adapter
   */
  Adapter adapter(Invocation invocation) {
    return Adapter.resolve(adapter, invocation.environment());
  }

  /**
   * The fake data, resolved against the working folder.
   *
   * @throws UsageException if it was given for an adapter other than the fake
   */
  Optional<Path> fakeData(Adapter chosen, Invocation invocation) {
    if (fakeData != null && chosen != Adapter.FAKE) {
      throw new UsageException("--fake-data works with the fake adapter only, but the adapter is "
          + chosen.displayName());
    }
    return Optional.ofNullable(fakeData).map(invocation.workingDirectory()::resolve);
  }

  /** Under {@code --verbose}, what writes each request's line to standard error after the command's name. */
  Optional<Consumer<String>> requests(Invocation invocation, String commandName) {
    return verbose ? Optional.of(line -> invocation.reporter().line(commandName, TerminalText.escape(line)))
        : Optional.empty();
  }
}
