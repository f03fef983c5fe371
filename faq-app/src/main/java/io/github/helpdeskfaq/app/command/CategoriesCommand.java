package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.render.CategoryTreeRenderer;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code categories [--format tree|json]}: the category tree. */
@Command(name = CategoriesCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Prints the category tree: each category's name and id, subcategories indented under it.")
final class CategoriesCommand extends HelpdeskCommand {

  static final String NAME = "categories";

  @Option(names = "--format", paramLabel = "tree|json", defaultValue = "tree",
      description = "tree (default): one line per category, indented by depth; json: one JSON array of the "
          + "top-level categories, each with Feishu's field names and its 'children'.")
  CategoryTreeRenderer.Format format;

  CategoriesCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    new CategoryTreeRenderer(format).render(helpdesk.categoryTree(), invocation.out());
    return ExitCode.SUCCESS;
  }
}
