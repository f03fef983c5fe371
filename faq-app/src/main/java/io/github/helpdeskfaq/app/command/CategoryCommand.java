package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code category create|update|delete}: writes the category tree. Alone, a usage error. The subcommands need a user's
 * sign-in on Feishu, as every write does.
 */
@Command(name = CategoryCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Creates, renames or moves, and deletes a category ('categories' shows the tree).")
final class CategoryCommand {

  static final String NAME = "category";

  private CategoryCommand() {}

  /** The command with its subcommands, for one run. */
  static CommandLine withSubcommands(Invocation invocation) {
    return new CommandLine(new CategoryCommand()).addSubcommand(new Create(invocation))
        .addSubcommand(new Update(invocation)).addSubcommand(new Delete(invocation));
  }

  /** {@code category create <name> [--parent ID] [--lang LANG]}: prints the new category's id. */
  @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Creates a category and prints its id, and nothing else, on standard output.")
  static final class Create extends WriteCommand {

    @Parameters(index = "0", paramLabel = "<name>", description = "The category's name: one line.")
    String name;

    @Option(names = "--parent", paramLabel = "ID", description = "The parent category; without it, a top-level one.")
    CategoryId parent;

    @Option(names = {"--lang", "--language"}, paramLabel = "LANG", converter = CategoriesCommand.LanguageCode.class,
        description = "The language of the name: zh_cn, en_us, ja_jp, ... Default: the service's.")
    String language;

    private NewCategory category;

    Create(Invocation invocation) {
      super(invocation);
    }

    @Override
    void prepare() {
      category = valid(() -> {
        NewCategory named = NewCategory.named(name);
        named = parent == null ? named : named.under(parent);
        return language == null ? named : named.inLanguage(language);
      });
    }

    @Override
    int write(WritableHelpdesk helpdesk) {
      CategoryId created = helpdesk.createCategory(category).id().orElseThrow(() -> new FaqRepositoryException(
          "the helpdesk created the category but did not say its id: see 'faq-app categories'", null, null));
      invocation.out().println(created.value());
      invocation.out().flush();
      return ExitCode.SUCCESS;
    }
  }

  /** {@code category update <category-id> [--name N] [--parent ID]}: at least one. */
  @Command(name = "update", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Renames a category, or moves it under another, or both. Prints nothing.")
  static final class Update extends WriteCommand {

    @Parameters(index = "0", paramLabel = "<category-id>", description = "The category's id.")
    CategoryId id;

    @Option(names = "--name", paramLabel = "NAME", description = "The new name: one line.")
    String name;

    @Option(names = "--parent", paramLabel = "ID", description = "The category to move it under.")
    CategoryId parent;

    private CategoryChange change;

    Update(Invocation invocation) {
      super(invocation);
    }

    @Override
    void prepare() {
      if (name == null && parent == null) {
        throw new UsageException("nothing to change: give --name, --parent or both");
      }
      change = valid(() -> new CategoryChange(Optional.ofNullable(name), Optional.ofNullable(parent)));
    }

    @Override
    int write(WritableHelpdesk helpdesk) {
      if (!helpdesk.updateCategory(id, change)) {
        throw NotFoundException.category(id);
      }
      return ExitCode.SUCCESS;
    }
  }

  /** {@code category delete <category-id> [--yes]}: asks first in a terminal. */
  @Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Deletes a category. In a terminal it shows the name and asks first; elsewhere it needs --yes "
          + "(exit 2 without). Prints nothing.")
  static final class Delete extends WriteCommand {

    @Parameters(index = "0", paramLabel = "<category-id>", description = "The category's id.")
    CategoryId id;

    @Option(names = {"-y", "--yes"}, description = "Delete without asking (for scripts).")
    boolean yes;

    Delete(Invocation invocation) {
      super(invocation);
    }

    @Override
    void prepare() {
      requireConfirmation(yes, "category " + id);
    }

    @Override
    int write(WritableHelpdesk helpdesk) {
      if (!confirmed(yes, () -> "Delete category " + id + helpdesk.findCategory(id)
          .orElseThrow(() -> NotFoundException.category(id)).name()
          .map(text -> " \"" + TerminalText.escape(text) + "\"").orElse("") + "?")) {
        return ExitCode.SUCCESS;
      }
      if (!helpdesk.deleteCategory(id)) {
        throw NotFoundException.category(id);
      }
      return ExitCode.SUCCESS;
    }
  }
}
