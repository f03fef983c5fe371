package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code delete <faq-id> [--yes]}: deletes a FAQ, asking first in a terminal. */
@Command(name = DeleteCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Deletes a FAQ and its images. In a terminal it shows the question and asks first; elsewhere it "
        + "needs --yes (exit 2 without). On Feishu it needs a user's sign-in (faq-app login). Prints nothing.")
final class DeleteCommand extends WriteCommand {

  static final String NAME = "delete";

  @Parameters(index = "0", paramLabel = "<faq-id>", description = "The FAQ's id.")
  FaqId faqId;

  @Option(names = {"-y", "--yes"}, description = "Delete without asking (for scripts).")
  boolean yes;

  DeleteCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  void prepare() {
    requireConfirmation(yes, "FAQ " + faqId);
  }

  @Override
  int write(WritableHelpdesk helpdesk) {
    if (!confirmed(yes, () -> {
      Faq faq = helpdesk.findById(faqId).orElseThrow(() -> NotFoundException.faq(faqId));
      return "Delete FAQ " + faqId + faq.question().map(text -> " \"" + TerminalText.escape(text) + "\"").orElse("")
          + "?";
    })) {
      return ExitCode.SUCCESS;
    }
    if (!helpdesk.deleteFaq(faqId)) {
      throw NotFoundException.faq(faqId);
    }
    return ExitCode.SUCCESS;
  }
}
