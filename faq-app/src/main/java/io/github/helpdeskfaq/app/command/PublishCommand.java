package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.render.PublishProgress;
import io.github.helpdeskfaq.app.render.SyncProgress;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.mirror.MirrorFolderException;
import io.github.helpdeskfaq.mirror.PublishListener;
import io.github.helpdeskfaq.mirror.PublishPlan;
import io.github.helpdeskfaq.mirror.Publisher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code publish --dir DIR [--plan] [--delete] [--force] [--format text|json] [--quiet]}: publishes a mirror edited
 * by hand back to the helpdesk with {@link Publisher}. The plan on standard output, progress and the summary on
 * standard error. Exit 0 when everything planned was written, {@link ExitCode#CONFLICT} when conflicts were left
 * unwritten (with {@code --plan}: when the plan has any), and the usual codes otherwise.
 */
@Command(name = PublishCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Publishes a mirror written by 'sync' and edited by hand back to the helpdesk: pages edited update "
        + "their FAQs, pages added under DIR/new create FAQs, pages removed delete theirs (with --delete). A page "
        + "whose FAQ changed in the helpdesk since the sync is a conflict, not written without --force. Prints the "
        + "plan; with --plan writes nothing. Then the mirror is up to date. On Feishu, writing needs a user's sign-in "
        + "(faq-app login); --plan does not. Exit 7 when conflicts were left unwritten.")
final class PublishCommand extends WriteCommand {

  static final String NAME = "publish";

  /** How the plan is printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "The mirror, as 'sync' wrote it.")
  Path dir;

  @Option(names = "--plan", description = "Print what a publish would write, and write nothing.")
  boolean plan;

  @Option(names = "--delete", description = "Delete the FAQs whose pages were removed; without it they are kept.")
  boolean delete;

  @Option(names = "--force", description = "Write pages whose FAQs changed in the helpdesk since the sync too.")
  boolean force;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default): a line per change and a summary; json: one JSON object.")
  Format format;

  @Option(names = "--quiet", description = "Print nothing on standard error but errors: no progress, no summary.")
  boolean quiet;

  private Path root;

  PublishCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  void prepare() {
    root = invocation.workingDirectory().resolve(dir);
  }

  @Override
  boolean readsOnly() {
    return plan;
  }

  @Override
  int read(Helpdesk helpdesk) {
    PublishPlan planned = explained(() -> publisher().build().plan(helpdesk));
    print(planned);
    return planned.count(PublishPlan.Action.CONFLICT) > 0 ? ExitCode.CONFLICT : ExitCode.SUCCESS;
  }

  @Override
  int write(WritableHelpdesk helpdesk) {
    PublishProgress progress = new PublishProgress(invocation.err(), commandName(), mode(), invocation.ticker());
    try {
      PublishListener printsThePlanFirst = new PublishListener() {
        @Override
        public void planned(PublishPlan plan) {
          print(plan);
        }

        @Override
        public void written(PublishPlan.Change change, int done, int total) {
          progress.written(change, done, total);
        }
      };
      Publisher.Report report = explained(() -> publisher().listener(printsThePlanFirst).build().publish(helpdesk));
      progress.clear();
      if (!quiet) {
        invocation.reporter().line(commandName(), report.created() + " created, " + report.updated()
            + " updated, " + report.deleted() + " deleted, " + report.unwritten().size() + " not written; "
            + shownRoot() + (report.mirror().isPresent() ? " brought up to date" : " unchanged") + " in "
            + SyncProgress.duration(progress.elapsed()));
      }
      if (report.unwritten().isEmpty()) {
        return ExitCode.SUCCESS;
      }
      int unwritten = report.unwritten().size();
      invocation.reporter().line(commandName(), unwritten + (unwritten == 1 ? " page" : " pages")
          + " not written, in conflict with the helpdesk (the plan says why): " + report.unwritten().stream()
              .map(PublishPlan.Change::page).map(TerminalText::escape).collect(Collectors.joining(", "))
          + "; publish --force writes those whose FAQ changed there, or sync takes the helpdesk's version");
      return ExitCode.CONFLICT;
    } finally {
      progress.clear();
    }
  }

  private String shownRoot() {
    return TerminalText.escape(OutputPaths.display(invocation.workingDirectory(), root));
  }

  private Publisher.Builder publisher() {
    return Publisher.builder(root).delete(delete).force(force);
  }

  private <T> T explained(Supplier<T> run) {
    try {
      return run.get();
    } catch (MirrorFolderException unusable) {
      if (unusable.reason() == MirrorFolderException.Reason.LOCKED) {
        throw new UsageException("a sync or publish is writing into " + shownRoot() + "; wait for it to end",
            unusable);
      }
      throw unusable;
    }
  }

  private void print(PublishPlan planned) {
    PrintStream out = invocation.out();
    if (format == Format.JSON) {
      out.write(planned.toJson(), 0, planned.toJson().length);
    } else {
      planned.changes().forEach(change -> out.println(line(change)));
      out.println(summary(planned));
    }
    out.flush();
  }

  /** One change: {@code update  faqs/1/1.md  (answer)  "question"  -- note}, escaped for a terminal. */
  static String line(PublishPlan.Change change) {
    StringBuilder line = new StringBuilder(String.format("%-9s", PublishPlan.name(change.action())))
        .append(change.page());
    change.faqId().ifPresent(id -> line.append("  FAQ ").append(id));
    if (!change.fields().isEmpty()) {
      line.append("  (").append(change.fields().stream().sorted().map(PublishPlan::name)
          .collect(Collectors.joining(", "))).append(')');
    }
    line.append("  \"").append(change.question()).append('"');
    change.note().ifPresent(note -> line.append("  -- ").append(note));
    return TerminalText.escape(line.toString());
  }

  static String summary(PublishPlan planned) {
    if (planned.changes().isEmpty()) {
      return "No changes: the helpdesk has what the mirror shows.";
    }
    List<String> counts = List.of(planned.count(PublishPlan.Action.CREATE) + " to create",
        planned.count(PublishPlan.Action.UPDATE) + " to update",
        planned.count(PublishPlan.Action.DELETE) + " to delete",
        planned.count(PublishPlan.Action.CONFLICT) + " in conflict",
        planned.count(PublishPlan.Action.KEEP) + " removed and kept");
    return "Plan: " + String.join(", ", counts) + "; " + planned.writes() + " requests to write.";
  }

  private SyncProgress.Mode mode() {
    if (quiet) {
      return SyncProgress.Mode.QUIET;
    }
    return invocation.interactive() ? SyncProgress.Mode.TERMINAL : SyncProgress.Mode.LOG;
  }
}
