package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.mirror.PublishPlan.Action;
import io.github.helpdeskfaq.mirror.PublishPlan.Change;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes a mirror edited by hand back to the helpdesk: the way back from {@link Mirror}. {@link #plan} says what a
 * publish would write, page by page ({@link PublishPlan}), and writes nothing; {@link #publish} writes it at the
 * helpdesk's pace (every request through the one helpdesk, and so its rate limit), then brings the mirror up to date,
 * so that a following publish plans nothing and a following sync changes nothing.
 * <ul>
 *   <li>A page of the mirror that was edited updates its FAQ's question (the heading) or answer (the rest, read as
 *       {@link MarkdownAnswers} reads it, with the FAQ's own images), only the fields that differ.</li>
 *   <li>A page added as {@code DIR/new/<name>.md} creates a FAQ in no category; as
 *       {@code DIR/new/<category-id>/<name>.md}, one filed under that category. Once made, the FAQ is mirrored as any
 *       other and the new page removed.</li>
 *   <li>A page removed deletes its FAQ, only when {@link Builder#delete} says so.</li>
 *   <li>A page whose FAQ changed in the helpdesk since the sync, as well as here, is a conflict, not written unless
 *       {@link Builder#force} says so.</li>
 * </ul>
 * Every page to write is read before any write, and a page the helpdesk cannot hold is refused, naming its file and
 * line. Crash-safe: each create is recorded before it is sent, and a publish killed at any moment is finished by the
 * next one without a second FAQ for any page. One sync or publish at a time per folder, across processes too.
 *
 * <pre>{@code
 * Publisher publisher = Publisher.builder(Path.of("mirror")).delete(true).build();
 * PublishPlan plan = publisher.plan(helpdesk);
 * Publisher.Report report = publisher.publish(helpdesk);
 * }</pre>
 */
public final class Publisher {

  /**
   * What a publish did.
   *
   * @param plan the plan it carried out
   * @param created FAQs created
   * @param updated FAQs updated
   * @param deleted FAQs deleted
   * @param unwritten the pages not written: the plan's conflicts, and updates whose FAQ was deleted in the helpdesk
   *     while the publish ran; each stays as it is in the mirror, and the next publish plans it again
   * @param mirror the update of the mirror that followed; empty when nothing was written (nor left to mirror by an
   *     interrupted publish)
   */
  public record Report(PublishPlan plan, int created, int updated, int deleted, List<Change> unwritten,
      Optional<Mirror.Report> mirror) {

    /** Copies the list. */
    public Report {
      Objects.requireNonNull(plan, "plan");
      unwritten = List.copyOf(unwritten);
      Objects.requireNonNull(mirror, "mirror");
    }
  }

  private final MirrorLayout layout;
  private final boolean delete;
  private final boolean force;
  private final PublishListener listener;
  private final Clock clock = Clock.systemUTC();

  private Publisher(Builder builder) {
    this.layout = new MirrorLayout(builder.folder);
    this.delete = builder.delete;
    this.force = builder.force;
    this.listener = builder.listener;
  }

  /**
   * Starts a builder.
   *
   * @param folder the mirror's folder, written by {@link Mirror#sync()}
   * @return a new builder, with the defaults its setters name
   */
  public static Builder builder(Path folder) {
    return new Builder(Objects.requireNonNull(folder, "folder must not be null"));
  }

  /**
   * What {@link #publish} would write now; nothing is written, to the helpdesk or to the mirror. Reads the listing
   * (the category tree and the online FAQs, as a sync does) and the pages.
   *
   * @param helpdesk the helpdesk the mirror was synced from
   * @return the plan
   * @throws MirrorFolderException if there is no mirror in the folder, a sync or publish runs into it, or the journal
   *     of an interrupted publish cannot be read
   * @throws MarkdownAnswerException if a page to write holds what the helpdesk cannot; the message names its file
   *     and line
   * @throws CategoryNotFoundException if a folder of {@code new/} names no category of the helpdesk's tree
   * @throws MirrorFileException if a file of the mirror cannot be read
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the listing fails
   */
  public PublishPlan plan(Helpdesk helpdesk) {
    Objects.requireNonNull(helpdesk, "helpdesk must not be null");
    try (MirrorLock lock = lock()) {
      MirrorManifest manifest = manifest();
      List<PublishPlanner.Step> steps = planner(helpdesk, manifest).plan();
      if (lock.previousSyncFinished()) {
        lock.finished();
      }
      return planOf(steps);
    }
  }

  /**
   * Plans as {@link #plan} does, writes the plan, then brings the mirror up to date from a second listing, as a
   * sync does, but for the pages not written (conflicts, removed pages kept), which stay as they are.
   *
   * @param helpdesk the helpdesk the mirror was synced from; every read and write goes through it
   * @return what it did
   * @throws MirrorFolderException as {@link #plan} does; also if a file to replace is read-only or a folder
   * @throws MarkdownAnswerException as {@link #plan} does, before any write
   * @throws CategoryNotFoundException as {@link #plan} does, before any write
   * @throws MirrorFileException if a file of the mirror cannot be read or written; what was written to the helpdesk
   *     stays written, and the next publish finds it so
   * @throws io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException if a create's answer was lost and its
   *     FAQ could not be found; the next publish looks for it again before creating it
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the listing or a write fails; the writes
   *     before it stay written, and the next publish goes on from there
   */
  public Report publish(WritableHelpdesk helpdesk) {
    Objects.requireNonNull(helpdesk, "helpdesk must not be null");
    try (MirrorLock lock = lock()) {
      MirrorManifest manifest = manifest();
      boolean complete = lock.previousSyncFinished();
      Mirror.removeTemporaryFiles(layout, !complete);
      PublishJournal journal = PublishJournal.read(layout.publishJournal());
      List<PublishPlanner.Step> steps = new PublishPlanner(layout, manifest, listing(helpdesk, manifest), journal,
          delete, force).plan();
      PublishPlan plan = planOf(steps);
      listener.planned(plan);
      Writes writes = new Writes(helpdesk, journal, steps.stream().filter(step -> step.change().writes()
          || step.newPage().isPresent()).count());
      steps.forEach(writes::apply);
      Optional<Mirror.Report> mirrored = Optional.empty();
      if (writes.done > 0 || !journal.isEmpty()) {
        mirrored = Optional.of(new MirrorUpdate(helpdesk, layout, Mirror.DEFAULT_CONCURRENCY, MirrorListener.NONE)
            .update(listing(helpdesk, manifest), manifest, complete, writes.held, writes.rewritten));
        journal.clear();
      }
      lock.finished();
      return new Report(plan, writes.created, writes.updated, writes.deleted, writes.unwritten, mirrored);
    }
  }

  /** The writes of a publish, step by step, and what they did. */
  private final class Writes {
    final WritableHelpdesk helpdesk;
    final PublishJournal journal;
    final int total;
    final Set<FaqId> held = new HashSet<>();
    final Set<FaqId> rewritten = new HashSet<>();
    final List<Change> unwritten = new ArrayList<>();
    int done;
    int created;
    int updated;
    int deleted;

    Writes(WritableHelpdesk helpdesk, PublishJournal journal, long total) {
      this.helpdesk = helpdesk;
      this.journal = journal;
      this.total = (int) total;
    }

    void apply(PublishPlanner.Step step) {
      Change change = step.change();
      switch (change.action()) {
        case CONFLICT, KEEP -> {
          change.faqId().ifPresent(held::add);
          if (change.action() == Action.CONFLICT) {
            unwritten.add(change);
          }
          return;
        }
        case DELETE -> {
          helpdesk.deleteFaq(change.faqId().orElseThrow());
          deleted++;
        }
        case UPDATE -> {
          FaqId id = change.faqId().orElseThrow();
          if (helpdesk.updateFaq(id, step.update().orElseThrow())) {
            rewritten.add(id);
            updated++;
          } else {
            held.add(id);
            unwritten.add(new Change(Action.CONFLICT, change.page(), change.faqId(), change.question(),
                change.fields(), Optional.of("deleted in the helpdesk while the publish ran")));
            done(change);
            return; // a new page whose FAQ is gone stays, to be created again
          }
        }
        case CREATE -> {
          if (step.create().isPresent()) {
            journal.record(new PublishJournal.Intent(change.page(), change.question(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), Optional.empty()));
            FaqId made = helpdesk.createFaq(step.create().get()).id();
            journal.record(journal.intent(change.page()).orElseThrow().withFaqId(made));
            created++;
          }
        }
      }
      step.newPage().ifPresent(Publisher::remove);
      done(change);
    }

    private void done(Change change) {
      done++;
      listener.written(change, done, total);
    }
  }

  private MirrorLock lock() {
    if (!Files.isDirectory(layout.root())) {
      throw MirrorFolderException.noMirror(layout.manifest(), "it is not a folder");
    }
    return MirrorLock.acquire(layout.lock(), layout.root());
  }

  private MirrorManifest manifest() {
    try {
      return MirrorManifest.read(layout.manifest()).orElseThrow(() -> MirrorFolderException.noMirror(
          layout.manifest(), "it has no " + MirrorLayout.MANIFEST));
    } catch (MirrorManifest.UnreadableException unreadable) {
      throw MirrorFolderException.noMirror(layout.manifest(), "its manifest cannot be read ("
          + unreadable.getMessage() + ")");
    }
  }

  private PublishPlanner planner(Helpdesk helpdesk, MirrorManifest manifest) {
    return new PublishPlanner(layout, manifest, listing(helpdesk, manifest),
        PublishJournal.read(layout.publishJournal()), delete, force);
  }

  private static SyncListing listing(Helpdesk helpdesk, MirrorManifest manifest) {
    return SyncListing.read(helpdesk, helpdesk, manifest.category(), listed -> {});
  }

  private static PublishPlan planOf(List<PublishPlanner.Step> steps) {
    return new PublishPlan(steps.stream().map(PublishPlanner.Step::change).toList());
  }

  private static void remove(Path newPage) {
    try {
      Files.deleteIfExists(newPage);
    } catch (IOException cannotRemove) {
      throw new MirrorFileException(MirrorFileException.Operation.REMOVE, newPage, cannotRemove);
    }
  }

  /** Configures a {@link Publisher}. Every setting has a default. Not thread-safe. */
  public static final class Builder {

    private final Path folder;
    private boolean delete;
    private boolean force;
    private PublishListener listener = PublishListener.NONE;

    private Builder(Path folder) {
      this.folder = folder;
    }

    /**
     * Whether a page removed from the mirror deletes its FAQ; by default it does not, and the plan shows it as
     * {@link Action#KEEP}.
     *
     * @param delete true to delete
     * @return this builder
     */
    public Builder delete(boolean delete) {
      this.delete = delete;
      return this;
    }

    /**
     * Whether a page whose FAQ changed in the helpdesk since the sync is written over it; by default it is not, and
     * the plan shows it as {@link Action#CONFLICT}. A FAQ deleted in the helpdesk is never made again this way.
     *
     * @param force true to write
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Who is told how a publish goes; by default, no one.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(PublishListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener must not be null");
      return this;
    }

    /**
     * Builds the publisher; nothing is read or written until {@link Publisher#plan} or {@link Publisher#publish}.
     *
     * @return the publisher
     */
    public Publisher build() {
      return new Publisher(this);
    }
  }
}
