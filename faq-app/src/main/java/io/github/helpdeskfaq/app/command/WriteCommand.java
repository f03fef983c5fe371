package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.RemediedFailure;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.settings.Adapter;
import io.github.helpdeskfaq.app.settings.UserTokenSettings;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that writes: checks its input ({@link #prepare}), then makes the helpdesk that writes (which checks,
 * before any request, that its writes can be authorized) and writes; or, for a run that only plans, a helpdesk that
 * reads ({@link #readsOnly}). When Feishu refuses a write, the failure says
 * how to sign in again. A deletion is asked for first ({@link #requireConfirmation}, {@link #confirmed}).
 */
abstract class WriteCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  final Invocation invocation;

  WriteCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation");
  }

  @Override
  public final Integer call() {
    Adapter adapter = common.adapter(invocation);
    Optional<Path> fakeData = common.fakeData(adapter, invocation);
    prepare();
    Optional<Consumer<String>> requests = common.requests(invocation, commandName());
    if (readsOnly()) {
      return read(invocation.helpdesks().create(adapter, fakeData, invocation.environment(), requests));
    }
    WritableHelpdesk helpdesk = invocation.helpdesks().createWritable(adapter, fakeData, invocation.environment(),
        requests);
    try {
      return write(helpdesk);
    } catch (FaqAccessDeniedException denied) {
      if (adapter != Adapter.FEISHU) {
        throw denied;
      }
      throw new RemediedFailure(denied,
          UserTokenSettings.fromEnvironment(invocation.environment()).remedyForRefusedWrite());
    }
  }

  /**
   * Checks the command's input before any request. Nothing by default.
   *
   * @throws UsageException if it is not usable
   */
  void prepare() {}

  /**
   * Whether this run only reads (a plan of what it would write), and so needs no sign-in: {@link #read} runs instead
   * of {@link #write}. False by default.
   */
  boolean readsOnly() {
    return false;
  }

  /**
   * Reads, for a run that {@link #readsOnly()}.
   *
   * @return the exit code
   */
  int read(Helpdesk helpdesk) {
    throw new UnsupportedOperationException(commandName() + " always writes");
  }

  /**
   * Writes.
   *
   * @return the exit code, {@link ExitCode#SUCCESS} unless the command knows better
   */
  abstract int write(WritableHelpdesk helpdesk);

  /**
   * A value made from the options, such as a {@code NewFaq}, whose refusal is invalid input.
   *
   * @throws UsageException with the value's reason, if it refuses
   */
  static <T> T valid(Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException refused) {
      throw new UsageException("invalid input: " + refused.getMessage(), refused);
    }
  }

  /** The command's name for messages, for example {@code faq-app delete}. */
  String commandName() {
    return spec.qualifiedName();
  }

  /**
   * Before any request: a deletion without {@code --yes} needs a terminal to ask at.
   *
   * @param what what would be deleted, for example {@code FAQ 42}
   * @throws UsageException if there is none
   */
  void requireConfirmation(boolean yes, String what) {
    if (!yes && invocation.terminal().isEmpty()) {
      throw new UsageException("will not delete " + what + " without asking, and standard input is not a "
          + "terminal to ask at: add --yes to delete it without asking");
    }
  }

  /**
   * Whether to go on: at once with {@code --yes}; otherwise whether the person answers {@code y} or {@code yes} to
   * the question, which is made only then (it may read the helpdesk).
   *
   * @param question for example {@code Delete FAQ 42 "How do I ..."?}; control characters are the caller's to escape
   */
  boolean confirmed(boolean yes, Supplier<String> question) {
    if (yes) {
      return true;
    }
    Optional<String> answer = invocation.terminal().orElseThrow().ask(question.get() + " [y/N] ");
    boolean agreed = answer.map(text -> text.strip().toLowerCase(Locale.ROOT))
        .filter(text -> text.equals("y") || text.equals("yes")).isPresent();
    if (!agreed) {
      invocation.reporter().line(commandName(), "nothing deleted");
    }
    return agreed;
  }
}
