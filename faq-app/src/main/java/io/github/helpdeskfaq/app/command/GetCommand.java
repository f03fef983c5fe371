package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.render.TextRenderer;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.mirror.FaqJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code get <faq-id> [--format text|json]}: prints a FAQ. */
@Command(name = GetCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Prints a FAQ: readable text, or one JSON object with Feishu's field names "
        + "(absent fields are null, times ISO-8601 UTC).")
final class GetCommand extends HelpdeskCommand {

  static final String NAME = "get";

  /** The views of a FAQ. */
  enum Format {
    TEXT,
    JSON
  }

  @Parameters(index = "0", paramLabel = "<faq-id>", description = "The FAQ's id, for example 6936004780707807231.")
  FaqId faqId;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default): a readable view; json: one JSON object.")
  Format format;

  GetCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    Faq faq = helpdesk.findById(faqId).orElseThrow(() -> NotFoundException.faq(faqId));
    switch (format) {
      case JSON -> FaqJson.write(faq, invocation.out());
      case TEXT -> new TextRenderer().render(faq, invocation.out());
    }
    invocation.out().flush();
    return ExitCode.SUCCESS;
  }
}
