package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.mirror.MarkdownAnswers;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code update <faq-id> [--question Q] [--answer TEXT | --answer-file FILE] [--category ID] [--tag T... | --no-tags]}:
 * at least one. An answer that shows images reads the FAQ first, for the images it has.
 */
@Command(name = UpdateCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Changes the fields of a FAQ that the options name, at least one, and no other. On Feishu it "
        + "needs a user's sign-in (faq-app login). Prints nothing.")
final class UpdateCommand extends WriteCommand {

  static final String NAME = "update";

  @Parameters(index = "0", paramLabel = "<faq-id>", description = "The FAQ's id.")
  FaqId faqId;

  @Option(names = "--question", paramLabel = "TEXT", description = "The new question: one line.")
  String question;

  @ArgGroup(exclusive = true)
  AnswerOptions answer;

  @Option(names = "--category", paramLabel = "ID", description = "The category to move the FAQ to.")
  CategoryId category;

  @ArgGroup(exclusive = true)
  Tags tags;

  /** {@code --tag T...} or {@code --no-tags}. */
  static final class Tags {
    @Option(names = "--tag", paramLabel = "TEXT", required = true,
        description = "A similar question, replacing the FAQ's; repeat it for several.")
    List<String> tags;

    @Option(names = "--no-tags", required = true, description = "Remove the FAQ's similar questions.")
    boolean none;
  }

  private FaqChange change;

  UpdateCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  void prepare() {
    if (question == null && answer == null && category == null && tags == null) {
      throw new UsageException("nothing to change: give at least one of --question, --answer, --answer-file, "
          + "--category, --tag, --no-tags");
    }
    if (answer != null) {
      answer.read(invocation.workingDirectory());
    }
    change = change(AnswerOptions.EVERY_IMAGE);
  }

  @Override
  int write(WritableHelpdesk helpdesk) {
    if (answer != null && answer.showsImages()) {
      List<ImageKey> images = helpdesk.findById(faqId).orElseThrow(() -> NotFoundException.faq(faqId)).imageKeys();
      change = change(MarkdownAnswers.imagesOf(images));
    }
    if (!helpdesk.updateFaq(faqId, change)) {
      throw NotFoundException.faq(faqId);
    }
    return ExitCode.SUCCESS;
  }

  private FaqChange change(Function<String, Optional<ImageKey>> images) {
    return valid(() -> {
      FaqChange.Builder builder = FaqChange.builder();
      Optional.ofNullable(question).ifPresent(builder::question);
      if (answer != null) {
        List<RichTextElement> richText = answer.richText(images);
        builder.answerRichText(richText);
        answer.plainText(richText).ifPresent(builder::answer);
      }
      Optional.ofNullable(category).ifPresent(builder::category);
      if (tags != null) {
        builder.tags(tags.none ? List.of() : tags.tags);
      }
      return builder.build();
    });
  }
}
