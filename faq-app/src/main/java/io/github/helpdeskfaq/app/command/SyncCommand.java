package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.Failures;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.render.SyncProgress;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.mirror.Mirror;
import io.github.helpdeskfaq.mirror.MirrorFolderException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync --dir DIR [--category ID] [--concurrency N] [--quiet]}: mirrors the knowledge base into a folder with
 * {@link Mirror}, its progress, warnings and summary on standard error ({@link SyncProgress}).
 * Exit 0 when the mirror is complete, 5 when images failed (each named on standard error; the mirror is consistent
 * without them and the next sync retries them), and the usual codes when the sync could not run
 * ({@link ExitCode}).
 */
@Command(name = SyncCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Mirrors the knowledge base into DIR: a Markdown page per FAQ (as 'export' writes it) with its "
        + "images beside it, an index page of the category tree linking every FAQ, and faqs.jsonl (one FAQ per "
        + "line, as 'get --format json' prints it). Incremental: a second sync asks for what changed only, and "
        + "removes FAQs gone from the helpdesk. Crash-safe: killed at any moment, the next sync finishes the work. "
        + "Files of DIR that are not the mirror's are left alone. Exit 5 when some images failed: the next sync retries them.")
final class SyncCommand extends HelpdeskCommand {

  static final String NAME = "sync";

  @Option(names = "--dir", paramLabel = "DIR", required = true,
      description = "The mirror's folder; created when missing. Unless it holds a mirror already, it must not hold "
          + "index.md, faqs.jsonl or faqs.")
  Path dir;

  @Option(names = "--category", paramLabel = "ID", description = "Only the FAQs filed under this category or its "
      + "subcategories; see 'faq-app categories' for the ids. FAQs of a previous sync into DIR that this one does "
      + "not list are removed.")
  CategoryId category;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + Mirror.DEFAULT_CONCURRENCY,
      description = "How many images to download at once, from 1 to " + Mirror.MAX_CONCURRENCY
          + " (default: ${DEFAULT-VALUE}). All go through the adapter's one rate limit.")
  int concurrency;

  @Option(names = "--quiet", description = "Print nothing but errors: no progress, no warnings, no summary.")
  boolean quiet;

  SyncCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    if (concurrency < 1 || concurrency > Mirror.MAX_CONCURRENCY) {
      throw new UsageException("--concurrency must be from 1 to " + Mirror.MAX_CONCURRENCY + ", was "
          + concurrency);
    }
    Path root = OutputPaths.folderToCreate(invocation.workingDirectory(), "--dir", dir);
    SyncProgress progress = new SyncProgress(invocation.err(), commandName(), mode(), invocation.ticker(),
        message -> invocation.reporter().warning(commandName(), TerminalText.escape(message)), this::display);
    Mirror.Builder mirror = Mirror.builder(helpdesk, root).concurrency(concurrency).listener(progress);
    Optional.ofNullable(category).ifPresent(mirror::category);
    try {
      Mirror.Report report = mirror.build().sync();
      progress.clear();
      for (Mirror.FailedImage failed : report.failedImages()) {
        invocation.reporter().line(commandName(), TerminalText.escape("image " + failed.key() + " of FAQ "
            + failed.faqId() + " failed: " + Failures.classify(failed.error()).message()));
      }
      progress.finish(summary(report, root, progress.elapsed()));
      if (!report.failedImages().isEmpty()) {
        invocation.reporter().line(commandName(), count(report.failedImages().size(), "image")
            + " failed; the mirror is consistent without them, and the next sync retries them");
        return ExitCode.SERVICE_UNAVAILABLE;
      }
      return ExitCode.SUCCESS;
    } catch (MirrorFolderException unusable) {
      throw explain(unusable, root);
    } finally {
      progress.clear();
    }
  }

  /** What only this command can say about a folder it may not use: the folder as shown, and as given to --dir. */
  private RuntimeException explain(MirrorFolderException unusable, Path root) {
    return switch (unusable.reason()) {
      case LOCKED -> new UsageException("another sync is writing into " + display(root) + "; wait for it to end",
          unusable);
      case NOT_A_MIRROR -> new UsageException("--dir " + dir + " holds " + String.join(", ", unusable.names())
          + " but no mirror (no " + unusable.path().getFileName() + "), which a sync would replace; choose another "
          + "folder, or move " + (unusable.names().size() == 1 ? "it" : "them") + " away", unusable);
      default -> unusable;
    };
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }

  private SyncProgress.Mode mode() {
    if (quiet) {
      return SyncProgress.Mode.QUIET;
    }
    return invocation.interactive() ? SyncProgress.Mode.TERMINAL : SyncProgress.Mode.LOG;
  }

  private String summary(Mirror.Report report, Path root, Duration elapsed) {
    return count(report.faqs(), "FAQ") + " in " + display(root) + ": "
        + report.added() + " added, "
        + report.updated() + " updated, "
        + (report.repaired() > 0 ? report.repaired() + " repaired, " : "")
        + report.removed() + " removed, "
        + report.unchanged() + " unchanged, "
        + report.failedFaqs() + " failed; "
        + count(report.imagesDownloaded(), "image") + " downloaded (" + SyncProgress.bytes(report.bytesDownloaded())
        + ") in " + SyncProgress.duration(elapsed);
  }
}
