package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code search QUERY [--format text|json|jsonl]}: the FAQs a search finds, paged lazily. */
@Command(name = SearchCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Searches the FAQs, in any language, printing each page as it arrives. Stops reading pages as "
        + "soon as the output is closed (| head).")
final class SearchCommand extends HelpdeskCommand {

  static final String NAME = "search";

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for, for example 'wifi' or '无线网络'.")
  SearchQuery query;

  @Mixin
  ListingFormat format = new ListingFormat();

  SearchCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    return format.onto(invocation.out()).print(helpdesk.search(query));
  }
}
