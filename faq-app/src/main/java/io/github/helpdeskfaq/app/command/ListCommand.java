package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list [--category ID] [--status S] [--search TEXT] [--format text|json|jsonl]}: lists FAQs, paged lazily. */
@Command(name = ListCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Lists the FAQs, all of them or those that pass the filters, printing each page as it arrives. "
        + "Stops reading pages as soon as the output is closed (| head).")
final class ListCommand extends HelpdeskCommand {

  static final String NAME = "list";

  @Option(names = "--category", paramLabel = "ID", description = "Only FAQs filed under this category "
      + "(not its subcategories); see 'faq-app categories' for the ids.")
  CategoryId category;

  @Option(names = "--status", paramLabel = "online|deleted|deleted_permanently",
      description = "Only FAQs of this status. Without it, what the service lists by default (the fake: all).")
  FaqStatus status;

  @Option(names = "--search", paramLabel = "TEXT", description = "Only FAQs that match TEXT (Feishu: in the "
      + "question, the keywords or a user's name).")
  String search;

  @Mixin
  ListingFormat format = new ListingFormat();

  ListCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    return format.onto(invocation.out()).print(helpdesk.list(filter()));
  }

  private FaqFilter filter() {
    FaqFilter filter = FaqFilter.all();
    try {
      if (category != null) {
        filter = filter.inCategory(category);
      }
      if (status != null) {
        filter = filter.withStatus(status);
      }
      return search == null ? filter : filter.containing(search);
    } catch (IllegalArgumentException invalid) {
      throw new UsageException(invalid.getMessage(), invalid);
    }
  }
}
