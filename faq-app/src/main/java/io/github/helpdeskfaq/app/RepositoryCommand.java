package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads from a repository: chooses the adapter from the {@link CommonOptions} and the environment,
 * makes the repository, and runs. Failures propagate as exceptions; {@link FaqApp} turns them into an exit code and
 * one line on standard error.
 */
abstract class RepositoryCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  final Invocation invocation;

  RepositoryCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation");
  }

  @Override
  public final Integer call() throws IOException {
    Adapter adapter = Adapter.resolve(common.adapter, invocation.environment());
    Optional<Path> fakeData = Optional.ofNullable(common.fakeData).map(invocation.workingDirectory()::resolve);
    if (fakeData.isPresent() && adapter != Adapter.FAKE) {
      throw new UsageException("--fake-data works with the fake adapter only, but the adapter is "
          + adapter.displayName());
    }
    FaqRepository faqs = invocation.repositories().create(adapter, fakeData, invocation.environment());
    return execute(faqs);
  }

  /**
   * Runs the command on the repository.
   *
   * @return the exit code, {@link ExitCode#SUCCESS} unless the command knows better
   * @throws IOException if writing standard output fails
   */
  abstract int execute(FaqRepository faqs) throws IOException;

  /**
   * The port a command needs, from the repository the factory made: the adapters' entry classes implement every
   * port, so only a stand-in made for a test may lack one.
   *
   * @throws UsageException if the repository does not implement the port
   */
  <P> P port(FaqRepository faqs, Class<P> port) {
    if (!port.isInstance(faqs)) {
      throw new UsageException(commandName() + " needs a " + port.getSimpleName() + ", which this adapter lacks");
    }
    return port.cast(faqs);
  }

  boolean verbose() {
    return common.verbose;
  }

  /** The command's name for messages, for example {@code faq-app export}. */
  String commandName() {
    return spec.qualifiedName();
  }

  /** A path for standard output: as the user would write it ({@link OutputPaths#display}), safe for a terminal. */
  String display(Path file) {
    return TerminalText.escape(OutputPaths.display(invocation.workingDirectory(), file));
  }
}
