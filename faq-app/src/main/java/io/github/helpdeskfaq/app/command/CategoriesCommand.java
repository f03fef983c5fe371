package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.render.CategoryTreeRenderer;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code categories [--lang LANG] [--order-by FIELD [--desc]] [--format tree|json]}: the category tree. */
@Command(name = CategoriesCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Prints the category tree: each category's name and id, subcategories indented under it.")
final class CategoriesCommand extends HelpdeskCommand {

  static final String NAME = "categories";

  @Option(names = "--lang", paramLabel = "LANG", converter = LanguageCode.class,
      description = "Only the categories of this language: zh_cn, en_us, ja_jp, ... Default: the service's (the "
          + "fake: every language).")
  String language;

  @ArgGroup(exclusive = false)
  Order order;

  @Option(names = "--format", paramLabel = "tree|json", defaultValue = "tree",
      description = "tree (default): one line per category, indented by depth; json: one JSON array of the "
          + "top-level categories, each with Feishu's field names and its 'children'.")
  CategoryTreeRenderer.Format format;

  /** {@code --order-by FIELD [--desc]}: {@code --desc} alone is a usage error. */
  static final class Order {
    @Option(names = "--order-by", paramLabel = "FIELD", required = true,
        description = "Order the categories, at every level, by FIELD, the oldest first: update_time (when each was "
            + "last updated). Default: the service's order.")
    CategoryOrder.Key key;

    @Option(names = "--desc", description = "With --order-by: the newest first.")
    boolean descending;
  }

  CategoriesCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    CategoryQuery query = language == null ? CategoryQuery.defaults() : CategoryQuery.defaults().inLanguage(language);
    if (order != null) {
      query = query.orderedBy(new CategoryOrder(order.key, !order.descending));
    }
    new CategoryTreeRenderer(format).render(helpdesk.categoryTree(query), invocation.out());
    return ExitCode.SUCCESS;
  }

  /** Checks {@code --lang} as {@link CategoryQuery} does, so that a bad one is a usage error naming the option. */
  static final class LanguageCode implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return CategoryQuery.defaults().inLanguage(value).language().orElseThrow();
      } catch (IllegalArgumentException invalid) {
        throw new TypeConversionException(invalid.getMessage());
      }
    }
  }
}
