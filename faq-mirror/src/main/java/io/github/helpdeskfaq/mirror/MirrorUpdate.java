package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a mirror ({@link MirrorLayout}) up to date with a listing, as {@link MirrorPlan} decides: downloads the
 * images it lacks ({@link ImageFetches}), writes each FAQ's page once its images are done (the Markdown of
 * {@link MarkdownExporter}), removes the FAQs no longer listed, then writes {@code faqs.jsonl} ({@link FaqJson}),
 * the index ({@link MirrorIndex}) and, last, the manifest ({@link MirrorManifest}). Every file is written atomically
 * and only when its content changed; the manifest is not even rendered when it records what the previous one did.
 *
 * <p>An image that fails leaves its FAQ's page noting it and the manifest recording it, so the mirror is consistent
 * and the next sync retries only that image. Anything else that goes wrong (a local file that cannot be written)
 * stops the sync at once, before the manifest: the files already written are complete, and the next sync, finding
 * them, finishes the work without asking for them again.
 */
final class MirrorUpdate {

  private final FaqRepository faqs;
  private final MirrorLayout layout;
  private final int concurrency;
  private final MirrorListener listener;
  private final MarkdownExporter markdown = new MarkdownExporter();

  /**
   * An update of the mirror in the layout's folder from the repository.
   *
   * @param concurrency how many images to download at once ({@link Mirror#MAX_CONCURRENCY} at most)
   * @param listener told of the progress, and of images the helpdesk does not have
   */
  MirrorUpdate(FaqRepository faqs, MirrorLayout layout, int concurrency, MirrorListener listener) {
    this.faqs = Objects.requireNonNull(faqs, "faqs");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.concurrency = concurrency;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Updates the mirror.
   *
   * @param listing what the helpdesk holds now
   * @param previous the manifest of the last sync
   * @param complete whether {@code previous} is the manifest of a sync that finished, and so names every FAQ folder
   *     of the mirror ({@link MirrorPlan#make})
   * @return what was done
   * @throws MirrorFileException if a file cannot be written or removed (the manifest is then not written)
   * @throws MirrorFolderException if a file to replace is read-only or a folder is in its way
   */
  Mirror.Report update(SyncListing listing, MirrorManifest previous, boolean complete) {
    return update(listing, previous, complete, Set.of(), Set.of());
  }

  /**
   * Updates the mirror, leaving some FAQs as they are and writing others again, as
   * {@link MirrorPlan#make(SyncListing, MirrorManifest, boolean, MirrorLayout, Set, Set)} says.
   */
  Mirror.Report update(SyncListing listing, MirrorManifest previous, boolean complete, Set<FaqId> held,
      Set<FaqId> rewritten) {
    MirrorPlan plan = MirrorPlan.make(listing, previous, complete, layout, held, rewritten);
    listener.planned(listing.faqs().size(), plan.unchanged().size(), plan.downloads());
    Tally tally = new Tally();
    plan.unchanged().forEach(entry -> tally.entries.put(entry.id(), entry));
    writeJobs(plan.jobs(), tally);
    int removed = 0;
    for (FaqId gone : plan.removals()) {
      boolean hadFolder = MirrorFiles.removeFolder(layout.folder(gone));
      if (hadFolder || previous.get(gone).isPresent()) {
        removed++;
      }
    }
    MirrorFiles.writeIfChanged(layout.jsonLines(), jsonLines(listing.faqs()));
    MirrorFiles.writeIfChanged(layout.index(), new MirrorIndex().render(listing.faqs(), listing.tree()));
    MirrorManifest next = MirrorManifest.of(tally.entries.values(), listing.category());
    if (!(complete && next.equals(previous))) {
      MirrorFiles.writeIfChanged(layout.manifest(), next.toJson());
    }
    int failedFaqs = (int) tally.entries.values().stream().filter(entry -> !entry.failed().isEmpty()).count();
    return new Mirror.Report(listing.faqs().size(), tally.count(MirrorPlan.Change.ADDED),
        tally.count(MirrorPlan.Change.UPDATED), tally.count(MirrorPlan.Change.REPAIRED), removed,
        plan.unchanged().size(), failedFaqs, tally.failed, tally.downloaded, tally.bytes);
  }

  /** What the jobs did so far. */
  private static final class Tally {
    final Map<FaqId, MirroredFaq> entries = new HashMap<>();
    final Map<MirrorPlan.Change, Integer> changes = new EnumMap<>(MirrorPlan.Change.class);
    final List<Mirror.FailedImage> failed = new ArrayList<>();
    int downloaded;
    long bytes;

    int count(MirrorPlan.Change change) {
      return changes.getOrDefault(change, 0);
    }
  }

  /** Downloads the jobs' images and writes each job's page as soon as its images are done. */
  private void writeJobs(List<MirrorPlan.Job> jobs, Tally tally) {
    try (ImageFetches fetches = new ImageFetches(faqs, concurrency, listener::received)) {
      Map<FaqId, Pending> pending = new LinkedHashMap<>();
      for (MirrorPlan.Job job : jobs) {
        FaqId id = job.faq().id();
        MirrorFiles.createFolder(layout.folder(id));
        pending.put(id, new Pending(job));
        job.downloads().forEach(key -> fetches.submit(new ImageFetches.Request(id, key, layout.folder(id))));
      }
      for (Pending ready : List.copyOf(pending.values())) {
        if (ready.done()) {
          pending.remove(ready.job.faq().id());
          finish(ready, tally);
        }
      }
      while (!pending.isEmpty()) {
        Optional<ImageFetches.Result> result = poll(fetches);
        if (result.isEmpty()) {
          listener.heartbeat();
          continue;
        }
        ImageFetches.Request request = result.get().request();
        Pending owner = pending.get(request.faqId());
        record(result.get(), owner, tally);
        listener.imageDone(request.faqId(), request.key());
        if (owner.done()) {
          pending.remove(owner.job.faq().id());
          finish(owner, tally);
        }
      }
    }
  }

  private void record(ImageFetches.Result result, Pending owner, Tally tally) {
    ImageFetches.Request request = result.request();
    ImageFetches.Outcome outcome = result.outcome();
    if (outcome instanceof ImageFetches.Saved saved) {
      owner.saved.put(request.key(), saved.image());
      tally.downloaded++;
      tally.bytes += saved.image().size();
    } else if (outcome instanceof ImageFetches.Missing) {
      owner.missing.add(request.key());
      listener.imageMissing(request.faqId(), request.key());
    } else if (outcome instanceof ImageFetches.Failed failure) {
      owner.failed.add(request.key());
      tally.failed.add(new Mirror.FailedImage(request.faqId(), request.key(), failure.error()));
    } else if (outcome instanceof ImageFetches.Fatal fatal) {
      throw rethrow(fatal.error());
    } else {
      throw new IllegalStateException("a download was skipped while the sync waited for it");
    }
    owner.remaining--;
  }

  /** A FAQ whose images are being downloaded. */
  private static final class Pending {
    final MirrorPlan.Job job;
    final Map<ImageKey, MirroredFaq.Image> saved = new HashMap<>();
    final Set<ImageKey> missing = new LinkedHashSet<>();
    final Set<ImageKey> failed = new LinkedHashSet<>();
    int remaining;

    Pending(MirrorPlan.Job job) {
      this.job = job;
      this.missing.addAll(job.missing());
      this.remaining = job.downloads().size();
    }

    boolean done() {
      return remaining == 0;
    }
  }

  /** Writes a FAQ's page, removes files of it that it no longer shows, and records its manifest entry. */
  private void finish(Pending done, Tally tally) {
    Faq faq = done.job.faq();
    List<MirroredFaq.Image> images = new ArrayList<>();
    Map<ImageKey, String> files = new LinkedHashMap<>();
    for (ImageKey key : faq.imageKeys()) {
      MirroredFaq.Image image = done.job.kept().containsKey(key) ? done.job.kept().get(key) : done.saved.get(key);
      if (image != null) {
        images.add(image);
        files.put(key, image.fileName());
      }
    }
    byte[] page = markdown.render(faq, files, done.failed).getBytes(StandardCharsets.UTF_8);
    MirrorFiles.writeIfChanged(layout.page(faq.id()), page);
    Set<String> names = new HashSet<>(files.values());
    names.add(MirrorLayout.pageName(faq.id()));
    MirrorFiles.keepOnly(layout.folder(faq.id()), names);
    tally.changes.merge(done.job.change(), 1, Integer::sum);
    tally.entries.put(faq.id(), new MirroredFaq(faq.id(), faq.updateTime(), images, done.missing, done.failed,
        Optional.of(Sha256.of(page))));
    listener.faqDone(faq.id());
  }

  private static byte[] jsonLines(List<Faq> faqs) {
    StringBuilder lines = new StringBuilder();
    faqs.forEach(faq -> lines.append(FaqJson.line(faq)));
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Optional<ImageFetches.Result> poll(ImageFetches fetches) {
    try {
      return fetches.poll(listener.heartbeatInterval());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for images", interrupted);
    }
  }

  private static RuntimeException rethrow(Throwable fatal) {
    if (fatal instanceof Error error) {
      throw error;
    }
    return (RuntimeException) fatal;
  }
}
