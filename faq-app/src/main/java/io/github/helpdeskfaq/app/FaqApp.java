package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.app.command.Commands;
import io.github.helpdeskfaq.app.command.Invocation;
import io.github.helpdeskfaq.app.exit.ErrorReporter;
import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.Failures;
import io.github.helpdeskfaq.app.interaction.Browser;
import io.github.helpdeskfaq.app.interaction.Terminal;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.app.render.Ticker;
import io.github.helpdeskfaq.app.settings.Adapters;
import io.github.helpdeskfaq.app.settings.HelpdeskFactory;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The program {@code faq-app}, runnable in-process: {@link #run} takes the command line, environment, streams and
 * working folder that {@link Main} takes from the process, and returns the exit code instead of exiting.
 *
 * <p>The exit codes are {@link ExitCode}'s (docs/app.md has the table). Every failure is one line on standard error,
 * followed by what the service said beyond it (the missing scope, help links, the log id: see {@link Failures}) and,
 * under {@code --verbose}, the stack trace; control and bidi characters are escaped ({@link TerminalText}), and no
 * secret from the environment is ever written.
 */
public final class FaqApp {

  private static final Map<String, String> EXIT_CODES = exitCodes();

  private final boolean interactive;
  private final HelpdeskFactory helpdesks;
  private final Ticker ticker;
  private final Optional<Terminal> terminal;
  private final Browser browser;

  /**
   * The program with the real adapters, the process's terminal and the desktop's browser.
   *
   * @param interactive whether it runs in a terminal, where a person may like to see progress
   */
  public FaqApp(boolean interactive) {
    this(interactive, new Adapters(), Ticker.SYSTEM, Terminal.system(), Browser.desktop());
  }

  FaqApp(boolean interactive, HelpdeskFactory helpdesks) {
    this(interactive, helpdesks, Ticker.SYSTEM);
  }

  /** The program without a terminal to ask at, nor a browser. */
  FaqApp(boolean interactive, HelpdeskFactory helpdesks, Ticker ticker) {
    this(interactive, helpdesks, ticker, Optional.empty(), Browser.NONE);
  }

  FaqApp(boolean interactive, HelpdeskFactory helpdesks, Ticker ticker, Optional<Terminal> terminal,
      Browser browser) {
    this.interactive = interactive;
    this.helpdesks = Objects.requireNonNull(helpdesks, "helpdesks");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  /**
   * Runs the program once.
   *
   * @param args the command line, without the program's name
   * @param environment the environment variables (adapter choice and settings)
   * @param out standard output
   * @param err standard error
   * @param workingDirectory the folder that relative paths and default output files are resolved against
   * @return the exit code
   */
  public int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
      Path workingDirectory) {
    ErrorReporter reporter = new ErrorReporter(err, environment);
    Invocation invocation = new Invocation(Map.copyOf(environment), out, err, workingDirectory, interactive,
        helpdesks, reporter, ticker, terminal, browser);
    CommandLine commandLine = new CommandLine(Commands.top());
    // Picocli reads the annotations of every command registered, a good part of a short command's time: when the
    // first argument names a command, only that one is registered; the whole set, with help, otherwise.
    Optional<Function<Invocation, Object>> named = args.length == 0 ? Optional.empty()
        : Optional.ofNullable(Commands.byName().get(args[0]));
    if (named.isPresent()) {
      commandLine.addSubcommand(named.get().apply(invocation));
    } else {
      Commands.byName().values().forEach(command -> commandLine.addSubcommand(command.apply(invocation)));
      commandLine.addSubcommand(new CommandLine.HelpCommand());
      commandLine.getCommandSpec().usageMessage().footer(Commands.environmentHelp());
    }
    // Ids typed on the command line are checked before any request, a category's as the ids the helpdesk hands out.
    commandLine.registerConverter(FaqId.class, converter(FaqId::of))
        .registerConverter(ImageKey.class, converter(ImageKey::of))
        .registerConverter(CategoryId.class, converter(value -> CategoryId.of(value).requireWellFormed()))
        .registerConverter(SearchQuery.class, converter(SearchQuery::of))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(writer(out))
        .setErr(writer(err))
        .setParameterExceptionHandler((invalid, arguments) -> {
          String command = invalid.getCommandLine().getCommandSpec().qualifiedName();
          String message = UnknownCommand.message(invalid).orElse(invalid.getMessage());
          reporter.line(command, TerminalText.escape(message) + " (see '" + command + " --help')");
          return ExitCode.USAGE;
        })
        .setExecutionExceptionHandler((failure, failed, parseResult) -> {
          Failures.Failure classified = Failures.classify(failure);
          boolean verbose = Commands.verbose(failed);
          String hint = classified.unexplained() && !verbose ? " (run with --verbose to see where it happened)" : "";
          // The message may quote the server or a file name: nothing in it may drive the terminal.
          String command = failed.getCommandSpec().qualifiedName();
          reporter.line(command, TerminalText.escape(classified.message()) + hint);
          classified.notes().forEach(note -> reporter.line(command, TerminalText.escape(note)));
          if (verbose) {
            reporter.stackTrace(failure);
          }
          return classified.exitCode();
        });
    withSubcommands(commandLine).forEach(command -> command.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES));
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } finally {
      helpdesks.release();
    }
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    out.flush();
    err.flush();
    return exitCode;
  }

  private static Stream<CommandLine> withSubcommands(CommandLine command) {
    return Stream.concat(Stream.of(command),
        command.getSubcommands().values().stream().flatMap(FaqApp::withSubcommands));
  }

  private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
    return value -> {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException invalid) {
        throw new TypeConversionException(invalid.getMessage());
      }
    };
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(String.valueOf(ExitCode.SUCCESS), "success");
    codes.put(String.valueOf(ExitCode.UNEXPECTED), "unexpected failure (a local file could not be written, ...)");
    codes.put(String.valueOf(ExitCode.USAGE), "usage error or invalid input (bad id or key, unusable output path, missing setting, ...)");
    codes.put(String.valueOf(ExitCode.NOT_FOUND), "not found (FAQ or image)");
    codes.put(String.valueOf(ExitCode.ACCESS_DENIED), "access denied / authentication failed / not signed in");
    codes.put(String.valueOf(ExitCode.SERVICE_UNAVAILABLE),
        "service unavailable (throttled, server error, timeout, ...)");
    codes.put(String.valueOf(ExitCode.OUTCOME_UNKNOWN),
        "outcome unknown: a create's answer was lost; check the helpdesk before creating it again");
    codes.put(String.valueOf(ExitCode.OUTPUT_CLOSED), "output closed before a listing ended (| head): stopped");
    return Collections.unmodifiableMap(codes);
  }
}
