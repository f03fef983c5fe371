package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Helpdesk;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync --dir DIR [--category ID] [--concurrency N] [--quiet]}: mirrors the knowledge base into a folder, as
 * {@link Mirror} does it and {@link MirrorLayout} lays it out, one sync at a time per folder ({@link MirrorLock}).
 *
 * <p>Before anything else it claims the folder: a folder that is not a mirror yet (no manifest) must not hold what a
 * sync writes ({@link MirrorLayout#OWN}), so that a mistyped {@code --dir} never loses a file; other files are never
 * touched. Then it clears the temporary files a killed run left.
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

  /** The images downloaded at once when {@code --concurrency} is not given. */
  static final int DEFAULT_CONCURRENCY = 4;

  @Option(names = "--dir", paramLabel = "DIR", required = true,
      description = "The mirror's folder; created when missing. Unless it holds a mirror already, it must not hold "
          + "index.md, faqs.jsonl or faqs.")
  Path dir;

  @Option(names = "--category", paramLabel = "ID", description = "Only the FAQs filed under this category or its "
      + "subcategories; see 'faq-app categories' for the ids. FAQs of a previous sync into DIR that this one does "
      + "not list are removed.")
  CategoryId category;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + DEFAULT_CONCURRENCY,
      description = "How many images to download at once, from 1 to " + ImageFetches.MAX_CONCURRENCY
          + " (default: ${DEFAULT-VALUE}). All go through the adapter's one rate limit.")
  int concurrency;

  @Option(names = "--quiet", description = "Print nothing but errors: no progress, no warnings, no summary.")
  boolean quiet;

  SyncCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    if (concurrency < 1 || concurrency > ImageFetches.MAX_CONCURRENCY) {
      throw new UsageException("--concurrency must be from 1 to " + ImageFetches.MAX_CONCURRENCY + ", was "
          + concurrency);
    }
    Path root = OutputPaths.folderToCreate(invocation.workingDirectory(), "--dir", dir);
    OutputPaths.createFolder(root);
    MirrorLayout layout = new MirrorLayout(root);
    SyncProgress progress = new SyncProgress(invocation.err(), commandName(), mode(), invocation.ticker());
    try (MirrorLock lock = MirrorLock.acquire(layout.lock(), display(root))) {
      Optional<MirrorManifest> recorded = claim(layout, progress);
      boolean complete = recorded.isPresent() && lock.previousSyncFinished();
      removeTemporaryFiles(layout, !complete);
      SyncListing listing = SyncListing.read(helpdesk, helpdesk, Optional.ofNullable(category), progress::listed);
      Mirror.Report report = new Mirror(helpdesk, layout, concurrency, progress, message -> warn(progress, message))
          .update(listing, recorded.orElseGet(MirrorManifest::empty), complete);
      lock.finished();
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
    } finally {
      progress.clear();
    }
  }

  /**
   * The manifest of the mirror in the folder, or empty when it cannot be read (the mirror is then checked against the
   * files on disk); for a folder that is not a mirror yet, which must hold nothing a sync writes, an empty manifest
   * written at once, so that a run killed before its end leaves a folder the next one recognises.
   */
  private Optional<MirrorManifest> claim(MirrorLayout layout, SyncProgress progress) {
    Optional<MirrorManifest> manifest;
    try {
      manifest = MirrorManifest.read(layout.manifest());
    } catch (MirrorManifest.UnreadableException unreadable) {
      warn(progress, "the mirror's manifest " + display(layout.manifest()) + " cannot be read ("
          + unreadable.getMessage() + "); the mirror is checked against the files on disk instead");
      return Optional.empty();
    }
    if (manifest.isPresent()) {
      return manifest;
    }
    List<String> inTheWay = MirrorLayout.OWN.stream().filter(name -> Files.exists(layout.root().resolve(name),
        LinkOption.NOFOLLOW_LINKS)).toList();
    if (!inTheWay.isEmpty()) {
      throw new UsageException("--dir " + dir + " holds " + String.join(", ", inTheWay) + " but no mirror (no "
          + MirrorLayout.MANIFEST + "), which a sync would replace; choose another folder, or move "
          + (inTheWay.size() == 1 ? "it" : "them") + " away");
    }
    MirrorFiles.writeIfChanged(layout.manifest(), MirrorManifest.empty().toJson());
    return Optional.of(MirrorManifest.empty());
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }

  /**
   * Removes the temporary files that a killed sync leaves: in the mirror's folder always, in {@code faqs} and every
   * FAQ's folder only when the sync before did not finish (the only way such files get there) or its manifest cannot
   * be read.
   */
  private static void removeTemporaryFiles(MirrorLayout layout, boolean inEveryFolder) {
    MirrorFiles.removeTemporaryFiles(layout.root());
    if (!inEveryFolder) {
      return;
    }
    MirrorFiles.removeTemporaryFiles(layout.faqsFolder());
    for (String folder : MirrorFiles.folderNames(layout.faqsFolder())) {
      MirrorFiles.removeTemporaryFiles(layout.faqsFolder().resolve(folder));
    }
  }

  private SyncProgress.Mode mode() {
    if (quiet) {
      return SyncProgress.Mode.QUIET;
    }
    return invocation.interactive() ? SyncProgress.Mode.TERMINAL : SyncProgress.Mode.LOG;
  }

  private void warn(SyncProgress progress, String message) {
    if (!quiet) {
      progress.clear();
      invocation.reporter().warning(commandName(), TerminalText.escape(message));
    }
  }

  private String summary(Mirror.Report report, Path root, Duration elapsed) {
    int repaired = report.count(MirrorPlan.Change.REPAIRED);
    return count(report.faqs(), "FAQ") + " in " + display(root) + ": "
        + report.count(MirrorPlan.Change.ADDED) + " added, "
        + report.count(MirrorPlan.Change.UPDATED) + " updated, "
        + (repaired > 0 ? repaired + " repaired, " : "")
        + report.removed() + " removed, "
        + report.unchanged() + " unchanged, "
        + report.failedFaqs() + " failed; "
        + count(report.images(), "image") + " downloaded (" + SyncProgress.bytes(report.bytes()) + ") in "
        + SyncProgress.duration(elapsed);
  }
}
