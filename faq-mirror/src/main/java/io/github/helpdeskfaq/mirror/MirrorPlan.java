package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sync has to do, decided from the listing, the previous manifest and the files on disk before any image is
 * asked for:
 * <ul>
 *   <li>a FAQ is <b>unchanged</b> when the manifest has it with the same {@code update_time}, no failed image, its
 *       page on disk and each saved image on disk with the size recorded: nothing of it is written or asked for;</li>
 *   <li>any other listed FAQ is a {@link Job}: added, updated ({@code update_time} differs or is unknown) or
 *       repaired (a failed image to retry, or a file that went missing). Its page is written again; of its images,
 *       those complete on disk are kept and only the others asked for;</li>
 *   <li>a FAQ in the manifest, or on disk after a sync that did not finish, but no longer listed is
 *       <b>removed</b>.</li>
 * </ul>
 * An image is complete on disk when the manifest records it with the size the file has, or, when the manifest does
 * not (a run killed before writing it), when a file has one of the image's own names: {@link AtomicFile} gives a file
 * its name only once it is complete. Such a file is hashed and recorded, never downloaded again. An image the helpdesk
 * did not have stays missing, not asked for again, until its FAQ changes.
 */
final class MirrorPlan {

  /** Why a FAQ is written. */
  enum Change {
    /** Not in the manifest. */
    ADDED,
    /** Its {@code update_time} differs from the manifest's, or one of them is unknown. */
    UPDATED,
    /** Unchanged on the helpdesk, but the mirror of it is incomplete: a failed image, a missing file. */
    REPAIRED
  }

  /**
   * A FAQ to write.
   *
   * @param faq the FAQ as listed
   * @param change why it is written
   * @param kept its images complete on disk, by key
   * @param downloads the keys of the images to ask for
   * @param missing the keys of images the helpdesk did not have, not asked for again
   */
  record Job(Faq faq, Change change, Map<ImageKey, MirroredFaq.Image> kept, List<ImageKey> downloads,
      Set<ImageKey> missing) {}

  private final List<MirroredFaq> unchanged = new ArrayList<>();
  private final List<Job> jobs = new ArrayList<>();
  private final Set<FaqId> removals = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
  private final MirrorLayout layout;

  private MirrorPlan(MirrorLayout layout) {
    this.layout = layout;
  }

  /**
   * Plans a sync.
   *
   * @param complete whether {@code previous} names every FAQ folder on disk, as the manifest of a sync that finished
   *     does; if not, the folders are listed, and those of FAQs not listed removed
   * @throws MirrorFileException if a file of the mirror cannot be read
   */
  static MirrorPlan make(SyncListing listing, MirrorManifest previous, boolean complete, MirrorLayout layout) {
    return make(listing, previous, complete, layout, Set.of(), Set.of());
  }

  /**
   * Plans a sync that leaves some FAQs as the manifest records them and writes others again.
   *
   * @param held FAQs whose entry is kept and whose files are left as they are, listed or not ({@link Publisher}
   *     holds the pages it did not write)
   * @param rewritten FAQs whose page is written again even when their {@code update_time} did not change
   */
  static MirrorPlan make(SyncListing listing, MirrorManifest previous, boolean complete, MirrorLayout layout,
      Set<FaqId> held, Set<FaqId> rewritten) {
    MirrorPlan plan = new MirrorPlan(layout);
    Set<FaqId> listed = new HashSet<>();
    for (Faq faq : listing.faqs()) {
      listed.add(faq.id());
      Optional<MirroredFaq> entry = previous.get(faq.id());
      if (entry.isPresent() && held.contains(faq.id())) {
        plan.unchanged.add(entry.get());
      } else {
        plan.decide(faq, entry, rewritten.contains(faq.id()));
      }
    }
    previous.faqs().stream().map(MirroredFaq::id).filter(id -> !listed.contains(id)).forEach(id -> {
      if (held.contains(id)) {
        plan.unchanged.add(previous.get(id).orElseThrow());
      } else {
        plan.removals.add(id);
      }
    });
    if (complete) {
      return plan;
    }
    for (String name : MirrorFiles.folderNames(layout.faqsFolder())) {
      faqId(name).filter(id -> !listed.contains(id)).ifPresent(plan.removals::add);
    }
    return plan;
  }

  /** The FAQs with nothing to do, as the manifest has them. */
  List<MirroredFaq> unchanged() {
    return unchanged;
  }

  /** The FAQs to write, in order of id. */
  List<Job> jobs() {
    return jobs;
  }

  /** The FAQs to remove from the mirror, in order of id. */
  Set<FaqId> removals() {
    return removals;
  }

  /** How many images are to be asked for. */
  int downloads() {
    return jobs.stream().mapToInt(job -> job.downloads().size()).sum();
  }

  private void decide(Faq faq, Optional<MirroredFaq> previous, boolean rewrite) {
    boolean sameVersion = previous.isPresent() && faq.updateTime().isPresent()
        && previous.get().updateTime().equals(faq.updateTime());
    if (!rewrite && sameVersion && previous.get().failed().isEmpty() && intact(faq, previous.get())) {
      unchanged.add(previous.get());
      return;
    }
    Change change = previous.isEmpty() ? Change.ADDED : sameVersion && !rewrite ? Change.REPAIRED : Change.UPDATED;
    Map<ImageKey, MirroredFaq.Image> kept = new LinkedHashMap<>();
    List<ImageKey> downloads = new ArrayList<>();
    Set<ImageKey> missing = new LinkedHashSet<>();
    for (ImageKey key : faq.imageKeys()) {
      Optional<MirroredFaq.Image> complete = previous.flatMap(entry -> entry.image(key))
          .filter(image -> onDisk(faq.id(), image)).or(() -> adopt(faq.id(), key));
      if (complete.isPresent()) {
        kept.put(key, complete.get());
      } else if (sameVersion && previous.get().missing().contains(key)) {
        missing.add(key);
      } else {
        downloads.add(key);
      }
    }
    jobs.add(new Job(faq, change, kept, downloads, missing));
  }

  /** Whether the FAQ's page and each image recorded are on disk, and the answer shows the images recorded. */
  private boolean intact(Faq faq, MirroredFaq previous) {
    if (MirrorFiles.size(layout.page(faq.id())).isEmpty()
        || !previous.imageKeys().equals(new HashSet<>(faq.imageKeys()))) {
      return false;
    }
    for (MirroredFaq.Image image : previous.images()) {
      if (!onDisk(faq.id(), image)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the image recorded is on disk with the size recorded. */
  private boolean onDisk(FaqId faqId, MirroredFaq.Image image) {
    return MirrorFiles.size(layout.image(faqId, image.fileName())).equals(OptionalLong.of(image.size()));
  }

  /** A complete file under one of the image's names, left by a run that was killed before its manifest. */
  private Optional<MirroredFaq.Image> adopt(FaqId faqId, ImageKey key) {
    for (String name : ImageFiles.fileNamesFor(key)) {
      Path file = layout.image(faqId, name);
      OptionalLong size = MirrorFiles.size(file);
      if (size.isPresent()) {
        try {
          return Optional.of(new MirroredFaq.Image(key, name, size.getAsLong(), Sha256.of(file)));
        } catch (IOException unreadable) {
          throw new MirrorFileException(MirrorFileException.Operation.READ, file, unreadable);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<FaqId> faqId(String folderName) {
    try {
      return Optional.of(FaqId.of(folderName));
    } catch (IllegalArgumentException notOne) {
      return Optional.empty();
    }
  }
}
