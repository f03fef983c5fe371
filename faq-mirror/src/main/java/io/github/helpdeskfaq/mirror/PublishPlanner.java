package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.mirror.PublishPlan.Action;
import io.github.helpdeskfaq.mirror.PublishPlan.Change;
import io.github.helpdeskfaq.mirror.PublishPlan.Field;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides what a publish writes ({@link Publisher}), from the manifest of the last sync, the pages on disk and the
 * helpdesk's listing, before any write. Each page of the manifest:
 * <ul>
 *   <li>unchanged here (the SHA-256 the manifest records; for a page of an older sync, the page the sync would write
 *       now): nothing, whatever the helpdesk did;</li>
 *   <li>edited: read back ({@link PageReader}); the fields whose Markdown differs from the helpdesk's are an
 *       {@link Action#UPDATE}, or a {@link Action#CONFLICT} when the FAQ's {@code update_time} moved since the sync
 *       (unless forced), or when the FAQ is gone from the helpdesk;</li>
 *   <li>removed: {@link Action#DELETE} with {@code delete} (a conflict, unless forced, when the FAQ changed),
 *       {@link Action#KEEP} without.</li>
 * </ul>
 * Each page in {@code new/} or {@code new/<category-id>/} is an {@link Action#CREATE}, unless the journal shows that
 * an interrupted publish made its FAQ already. Every page that is written is read, and refused, before any write.
 */
final class PublishPlanner {

  /** How far the helpdesk's clock may be from ours when the FAQ of an interrupted create is looked for. */
  static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);

  /**
   * A change with what it sends.
   *
   * @param change the change, as the plan shows it
   * @param create for a create to send, the new FAQ
   * @param update for an update, the fields to write
   * @param newPage for a page in {@code new/}, the file to remove once its FAQ is made
   */
  record Step(Change change, Optional<NewFaq> create, Optional<FaqChange> update, Optional<Path> newPage) {}

  /** A page in {@code new/}: its path in the mirror, its file, and the category its folder names. */
  private record NewPage(String page, Path file, Optional<CategoryId> category) {}

  private final MirrorLayout layout;
  private final MirrorManifest manifest;
  private final SyncListing listing;
  private final PublishJournal journal;
  private final boolean delete;
  private final boolean force;
  private final Map<FaqId, Faq> listed = new HashMap<>();
  private final Set<FaqId> claimed = new HashSet<>();
  private final MarkdownExporter markdown = new MarkdownExporter();

  PublishPlanner(MirrorLayout layout, MirrorManifest manifest, SyncListing listing, PublishJournal journal,
      boolean delete, boolean force) {
    this.layout = layout;
    this.manifest = manifest;
    this.listing = listing;
    this.journal = journal;
    this.delete = delete;
    this.force = force;
    listing.faqs().forEach(faq -> listed.put(faq.id(), faq));
  }

  /**
   * The steps, in order of page.
   *
   * @throws MarkdownAnswerException if a page to write cannot be written
   * @throws CategoryNotFoundException if a folder of {@code new/} names no category of the tree
   * @throws MirrorFileException if a page cannot be read
   */
  List<Step> plan() {
    List<Step> steps = new ArrayList<>();
    for (MirroredFaq entry : manifest.faqs()) {
      mirrored(entry).ifPresent(steps::add);
    }
    for (NewPage page : newPages()) {
      steps.add(created(page));
    }
    steps.sort(Comparator.comparing(step -> step.change().page()));
    return steps;
  }

  private Optional<Step> mirrored(MirroredFaq entry) {
    FaqId id = entry.id();
    Faq remote = listed.get(id);
    String page = MirrorLayout.pageLink(id);
    Optional<byte[]> bytes = read(layout.page(id));
    boolean changedThere = remote == null || entry.updateTime().isEmpty()
        || !remote.updateTime().equals(entry.updateTime());
    if (bytes.isEmpty()) {
      if (remote == null) {
        return Optional.empty();
      }
      String question = remote.question().orElse("");
      if (!delete) {
        return step(Action.KEEP, page, id, question, Set.of(), "removed here; --delete deletes the FAQ");
      }
      if (changedThere && !force) {
        return step(Action.CONFLICT, page, id, question, Set.of(), "removed here, and changed in the helpdesk since "
            + "the sync (" + times(entry, remote) + "); --force deletes it");
      }
      return Optional.of(new Step(change(Action.DELETE, page, id, question, Set.of(), null), Optional.empty(),
          Optional.empty(), Optional.empty()));
    }
    if (entry.pageSha256().equals(Optional.of(Sha256.of(bytes.get())))) {
      return Optional.empty();
    }
    if (entry.pageSha256().isEmpty() && !changedThere
        && Arrays.equals(bytes.get(), render(remote, entry).getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    Set<ImageKey> images = new HashSet<>(entry.imageKeys());
    if (remote != null) {
      images.addAll(remote.imageKeys());
    }
    PageReader.Page local = PageReader.read(text(bytes.get(), page), page, MarkdownAnswers.imagesOf(images));
    if (remote == null) {
      return step(Action.CONFLICT, page, id, local.question(), Set.of(), "edited here, and deleted in the helpdesk "
          + "or taken offline since the sync; to create it again, move the page to " + MirrorLayout.NEW + "/");
    }
    Set<Field> fields = differences(local, remote, entry);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    if (changedThere && !force) {
      return step(Action.CONFLICT, page, id, local.question(), fields, "edited here, and changed in the helpdesk "
          + "since the sync (" + times(entry, remote) + "); --force writes this page over it");
    }
    return Optional.of(update(page, id, local, fields, null, Optional.empty()));
  }

  private Step created(NewPage newPage) {
    String page = newPage.page();
    PageReader.Page local = PageReader.read(text(read(newPage.file()).orElse(new byte[0]), page), page,
        destination -> Optional.empty());
    if (local.answer().isEmpty()) {
      throw new MarkdownAnswerException(page, local.headingLine(), "a new page needs an answer below its question");
    }
    newPage.category().filter(category -> !listing.hasCategory(category)).ifPresent(category -> {
      throw new CategoryNotFoundException(category);
    });
    if (!listing.wouldList(newPage.category())) {
      throw new MarkdownAnswerException(page, local.headingLine(), "this mirror holds category "
          + manifest.category().orElseThrow() + " and those below it only, and a sync of it would not list this "
          + "FAQ; put the page in " + MirrorLayout.NEW + "/<the id of one of those categories>/");
    }
    NewFaq faq = valid(page, local, () -> {
      NewFaq.Builder builder = NewFaq.builder(local.question()).answerRichText(local.answer());
      MarkdownAnswers.plainText(local.answer()).ifPresent(builder::answer);
      newPage.category().ifPresent(builder::category);
      return builder.build();
    });
    Optional<PublishJournal.Intent> intent = journal.intent(page);
    List<Faq> made = intent.map(this::madeBy).orElse(List.of());
    if (made.size() > 1) {
      return new Step(change(Action.CONFLICT, page, null, local.question(), Set.of(), "an interrupted publish may "
          + "have created it: FAQs " + String.join(", ", made.stream().map(found -> found.id().value()).toList())
          + " have its question; delete the ones that are not, then publish again"), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    if (made.size() == 1) {
      Faq remote = made.get(0);
      claimed.add(remote.id());
      Set<Field> fields = differences(local, remote, null);
      if (!fields.isEmpty()) {
        return update(page, remote.id(), local, fields, "made by an interrupted publish from an earlier version of "
            + "this page", Optional.of(newPage.file()));
      }
      return new Step(change(Action.CREATE, page, remote.id(), local.question(), Set.of(), "made by an interrupted "
          + "publish; nothing to send"), Optional.empty(), Optional.empty(), Optional.of(newPage.file()));
    }
    return new Step(change(Action.CREATE, page, null, local.question(), Set.of(), null), Optional.of(faq),
        Optional.empty(), Optional.of(newPage.file()));
  }

  /**
   * The FAQs that an intent's create may have made: its own, once its answer came, or the FAQs not mirrored yet with
   * its question, created since it was sent.
   */
  private List<Faq> madeBy(PublishJournal.Intent intent) {
    Optional<Faq> recorded = intent.faqId().map(listed::get);
    if (recorded.isPresent()) {
      return List.of(recorded.get());
    }
    return listing.faqs().stream()
        .filter(faq -> manifest.get(faq.id()).isEmpty() && !claimed.contains(faq.id()))
        .filter(faq -> faq.question().equals(Optional.of(intent.question())))
        .filter(faq -> faq.createTime().filter(created -> !created.isBefore(intent.sentAt().minus(CLOCK_MARGIN)))
            .isPresent())
        .toList();
  }

  private Step update(String page, FaqId id, PageReader.Page local, Set<Field> fields, String note,
      Optional<Path> newPage) {
    if (fields.contains(Field.ANSWER) && local.answer().isEmpty()) {
      throw new MarkdownAnswerException(page, local.headingLine(), "the answer is empty; a FAQ keeps an answer");
    }
    FaqChange change = valid(page, local, () -> {
      FaqChange.Builder builder = FaqChange.builder();
      if (fields.contains(Field.QUESTION)) {
        builder.question(local.question());
      }
      if (fields.contains(Field.ANSWER)) {
        builder.answerRichText(local.answer());
        MarkdownAnswers.plainText(local.answer()).ifPresent(builder::answer);
      }
      return builder.build();
    });
    return new Step(change(Action.UPDATE, page, id, local.question(), fields, note), Optional.empty(),
        Optional.of(change), newPage);
  }

  /** The fields whose Markdown, as a sync would write it with the mirror's images, differs. */
  private Set<Field> differences(PageReader.Page local, Faq remote, MirroredFaq entry) {
    Faq edited = Faq.builder(remote.id()).question(local.question()).answerRichText(local.answer()).build();
    Set<Field> fields = EnumSet.noneOf(Field.class);
    if (!MarkdownExporter.title(edited).equals(MarkdownExporter.title(remote))) {
      fields.add(Field.QUESTION);
    }
    if (!render(answerOf(edited), entry).equals(render(answerOf(remote), entry))) {
      fields.add(Field.ANSWER);
    }
    return fields;
  }

  private static Faq answerOf(Faq faq) {
    Faq.Builder answer = Faq.builder(faq.id()).answerRichText(faq.answerRichText());
    faq.answer().ifPresent(answer::answer);
    return answer.build();
  }

  /** The page a sync writes for the FAQ with the mirror's images ({@code entry} may be null: none). */
  private String render(Faq faq, MirroredFaq entry) {
    return entry == null ? markdown.render(faq, Map.of())
        : markdown.render(faq, entry.imageFiles(), entry.failed());
  }

  private static <T> T valid(String page, PageReader.Page local, Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException refused) {
      throw new MarkdownAnswerException(page, local.headingLine(), refused.getMessage());
    }
  }

  private static String times(MirroredFaq entry, Faq remote) {
    return "update_time " + entry.updateTime().map(InstantText::format).orElse("unknown") + " then, "
        + remote.updateTime().map(InstantText::format).orElse("unknown") + " now";
  }

  private static Optional<Step> step(Action action, String page, FaqId id, String question, Set<Field> fields,
      String note) {
    return Optional.of(new Step(change(action, page, id, question, fields, note), Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  private static Change change(Action action, String page, FaqId id, String question, Set<Field> fields,
      String note) {
    return new Change(action, page, Optional.ofNullable(id), question, fields, Optional.ofNullable(note));
  }

  /** The pages in {@code new/} and in its folders, each named for a category; hidden files are not pages. */
  private List<NewPage> newPages() {
    List<NewPage> pages = new ArrayList<>();
    for (Path entry : entries(layout.newPages())) {
      String name = entry.getFileName().toString();
      if (isPage(entry)) {
        pages.add(new NewPage(MirrorLayout.NEW + "/" + name, entry, Optional.empty()));
      } else if (!name.startsWith(".") && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        for (Path inner : entries(entry)) {
          if (isPage(inner)) {
            pages.add(new NewPage(MirrorLayout.NEW + "/" + name + "/" + inner.getFileName(), inner,
                Optional.of(CategoryId.of(name))));
          }
        }
      }
    }
    return pages;
  }

  private static boolean isPage(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && name.endsWith(".md") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }

  private static List<Path> entries(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    } catch (IOException unreadable) {
      throw new MirrorFileException(MirrorFileException.Operation.READ, folder, unreadable);
    }
    entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
    return entries;
  }

  private static Optional<byte[]> read(Path file) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (IOException unreadable) {
      throw new MirrorFileException(MirrorFileException.Operation.READ, file, unreadable);
    }
  }

  private static String text(byte[] bytes, String page) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw new MarkdownAnswerException(page, 1, "the page is not UTF-8 text");
    }
  }
}
