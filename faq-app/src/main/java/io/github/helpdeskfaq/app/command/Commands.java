package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.settings.Adapters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands of {@code faq-app}, as the program registers them with picocli: the top-level command, the
 * subcommands by name, the environment's help, and whether a failed command was asked for its stack trace.
 */
public final class Commands {

  /** The option that asks for each request's log id and a failure's stack trace. */
  static final String VERBOSE = "--verbose";

  private static final Map<String, Function<Invocation, Object>> SUBCOMMANDS = subcommands();

  private Commands() {}

  /**
   * The top-level command, {@code faq-app}: alone, a usage error.
   *
   * @return a new instance, for one run
   */
  public static Object top() {
    return new FaqAppCommand();
  }

  /**
   * The subcommands by name, each made for one run, in the order {@code faq-app --help} lists them.
   *
   * @return the commands
   */
  public static Map<String, Function<Invocation, Object>> byName() {
    return SUBCOMMANDS;
  }

  /**
   * The footer of {@code faq-app --help}: every environment variable, with what it means.
   *
   * @return its lines, in picocli's format
   */
  public static String[] environmentHelp() {
    List<String> lines = new ArrayList<>();
    Adapters.variables().forEach(entry -> lines.add(line(entry.getKey(), entry.getValue())));
    lines.add("A blank value counts as unset; an unset one keeps the adapter's default. More in the README.");
    return lines.toArray(String[]::new);
  }

  private static String line(String variable, String description) {
    // Picocli expands %n and friends in the footer: escape the description's own percent signs.
    return "  " + variable + "%n      " + description.replace("%", "%%");
  }

  /**
   * Whether a command that failed was run with {@code --verbose}.
   *
   * @param failed the command, as picocli holds it
   * @return whether to print the stack trace
   */
  public static boolean verbose(CommandLine failed) {
    OptionSpec verbose = failed.getCommandSpec().findOption(VERBOSE);
    return verbose != null && Boolean.TRUE.equals(verbose.getValue());
  }

  private static Map<String, Function<Invocation, Object>> subcommands() {
    Map<String, Function<Invocation, Object>> commands = new LinkedHashMap<>();
    commands.put(GetCommand.NAME, GetCommand::new);
    commands.put(ImageCommand.NAME, ImageCommand::new);
    commands.put(ExportCommand.NAME, ExportCommand::new);
    commands.put(ListCommand.NAME, ListCommand::new);
    commands.put(SearchCommand.NAME, SearchCommand::new);
    commands.put(CategoriesCommand.NAME, CategoriesCommand::new);
    commands.put(SyncCommand.NAME, SyncCommand::new);
    commands.put(PublishCommand.NAME, PublishCommand::new);
    commands.put(CreateCommand.NAME, CreateCommand::new);
    commands.put(UpdateCommand.NAME, UpdateCommand::new);
    commands.put(DeleteCommand.NAME, DeleteCommand::new);
    commands.put(CategoryCommand.NAME, CategoryCommand::withSubcommands);
    commands.put(LoginCommand.NAME, LoginCommand::new);
    commands.put(LogoutCommand.NAME, LogoutCommand::new);
    return Collections.unmodifiableMap(commands);
  }
}
