package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.mirror.MarkdownAnswers;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create --question Q (--answer TEXT | --answer-file FILE) [--category ID] [--tag T]...}: a new FAQ. */
@Command(name = CreateCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Creates a FAQ and prints its id, and nothing else, on standard output. On Feishu it needs a "
        + "user's sign-in (faq-app login); a create whose answer is lost is never sent twice (exit 6 when what it "
        + "did cannot be told). The fake keeps it for as long as the program runs.")
final class CreateCommand extends WriteCommand {

  static final String NAME = "create";

  @Option(names = "--question", paramLabel = "TEXT", required = true, description = "The question: one line.")
  String question;

  @ArgGroup(exclusive = true, multiplicity = "1")
  AnswerOptions answer;

  @Option(names = "--category", paramLabel = "ID", description = "The category to file the FAQ under.")
  CategoryId category;

  @Option(names = "--tag", paramLabel = "TEXT", description = "A similar question; repeat it for several.")
  List<String> tags = new ArrayList<>();

  private NewFaq faq;

  CreateCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  void prepare() {
    answer.read(invocation.workingDirectory());
    List<RichTextElement> richText = answer.richText(MarkdownAnswers.imagesOf(List.of()));
    faq = valid(() -> {
      NewFaq.Builder builder = NewFaq.builder(question).answerRichText(richText).tags(tags);
      answer.plainText(richText).ifPresent(builder::answer);
      if (category != null) {
        builder.category(category);
      }
      return builder.build();
    });
  }

  @Override
  int write(WritableHelpdesk helpdesk) {
    invocation.out().println(helpdesk.createFaq(faq).id().value());
    invocation.out().flush();
    return ExitCode.SUCCESS;
  }
}
