package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.fake.WriteCall;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.ForwardingWritableHelpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.mirror.PublishPlan.Action;
import io.github.helpdeskfaq.mirror.PublishPlan.Field;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publishing an edited mirror: the plan, the writes, the mirror afterwards, conflicts, removals and crashes. */
class PublisherTest {

  private static final CategoryId NETWORK = CategoryId.of("network");
  private static final ImageKey PICTURE = ImageKey.of("img-a");
  private static final byte[] PNG = "not really a png".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .category(Category.of(NETWORK, "Network"))
      .faq(faq("1", "How do I connect?", List.of(RichTextElement.text("Use the Wi-Fi."))))
      .faq(faq("2", "With a picture?", List.of(RichTextElement.text("See: "), RichTextElement.image(PICTURE))))
      .faq(faq("3", "Where is the printer?", List.of(RichTextElement.text("On the second floor."))))
      .faq(faq("4", "Who do I call?", List.of(RichTextElement.text("The helpdesk."))))
      .image(FaqId.of("2"), PICTURE, "image/png", PNG)
      .build();

  @Test
  void publishes_three_edited_answers_and_a_new_page_then_plans_nothing_and_a_sync_changes_nothing()
      throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the Wi-Fi named *Office*.".replace("*", "\\*"));
    edit("2", "See:", "See the picture:");
    edit("3", "second floor", "third floor");
    write("new/reset.md", "# How do I reset my password?\n\nAsk [the portal](https://portal.example/reset)\n");
    fake.clearCalls();

    PublishPlan plan = publisher().plan(fake);

    assertThat(fake.writeCalls()).isEmpty();
    assertThat(plan.changes()).extracting(PublishPlan.Change::action, PublishPlan.Change::page,
        change -> change.faqId().map(FaqId::value).orElse(null), PublishPlan.Change::fields).containsExactly(
            tuple(Action.UPDATE, "faqs/1/1.md", "1", Set.of(Field.ANSWER)),
            tuple(Action.UPDATE, "faqs/2/2.md", "2", Set.of(Field.ANSWER)),
            tuple(Action.UPDATE, "faqs/3/3.md", "3", Set.of(Field.ANSWER)),
            tuple(Action.CREATE, "new/reset.md", null, Set.of()));
    assertThat(plan.writes()).isEqualTo(4);

    Publisher.Report report = publisher().publish(fake);

    assertThat(fake.writeCalls()).hasSize(4).filteredOn(WriteCall.CreateFaq.class::isInstance).hasSize(1);
    assertThat(fake.writeCalls()).filteredOn(WriteCall.UpdateFaq.class::isInstance).hasSize(3);
    assertThat(report.created()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(3);
    assertThat(report.unwritten()).isEmpty();
    assertThat(fake.findById(FaqId.of("3")).orElseThrow().answerRichText())
        .containsExactly(RichTextElement.text("On the third floor."));
    assertThat(fake.findById(FaqId.of("2")).orElseThrow().answerRichText())
        .containsExactly(RichTextElement.text("See the picture: "), RichTextElement.image(PICTURE));
    assertThat(fake.findById(FaqId.of("1")).orElseThrow().answer()).contains("Use the Wi-Fi named *Office*.");
    Faq created = only("How do I reset my password?");
    assertThat(created.answerRichText()).containsExactly(RichTextElement.text("Ask "),
        RichTextElement.hyperlink("the portal", "https://portal.example/reset"));
    assertThat(folder.resolve("new/reset.md")).doesNotExist();
    assertThat(folder.resolve("faqs/" + created.id() + "/" + created.id() + ".md")).exists();
    assertThat(folder.resolve(".faq-publish.json")).doesNotExist();

    Map<String, String> after = contents();
    fake.clearCalls();
    assertThat(publisher().plan(fake).changes()).isEmpty();
    assertThat(publisher().publish(fake).mirror()).isEmpty();
    Mirror.Report sync = Mirror.builder(fake, folder).build().sync();

    assertThat(fake.writeCalls()).isEmpty();
    assertThat(sync.unchanged()).isEqualTo(5);
    assertThat(contents()).isEqualTo(after);
  }

  @Test
  void an_edited_question_updates_the_question_alone() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("4", "# Who do I call?", "# Whom do I call?");

    PublishPlan plan = publisher().plan(fake);

    assertThat(plan.changes()).singleElement().satisfies(change -> {
      assertThat(change.fields()).containsExactly(Field.QUESTION);
      assertThat(change.question()).isEqualTo("Whom do I call?");
    });
    publisher().publish(fake);
    assertThat(fake.writeCalls()).singleElement().isEqualTo(new WriteCall.UpdateFaq(FaqId.of("4"),
        FaqChange.builder().question("Whom do I call?").build()));
  }

  @Test
  void a_page_whose_faq_changed_in_the_helpdesk_too_is_a_conflict_written_only_when_forced() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("3", "second floor", "third floor");
    fake.updateFaq(FaqId.of("3"), FaqChange.builder().question("Where is the printer now?").build());
    fake.clearCalls();

    Publisher.Report report = publisher().publish(fake);

    assertThat(report.plan().changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(Action.CONFLICT);
      assertThat(change.note()).get().asString().contains("changed in the helpdesk since the sync", "--force");
    });
    assertThat(report.unwritten()).hasSize(1);
    assertThat(fake.writeCalls()).isEmpty();
    assertThat(page("3")).contains("third floor");

    Publisher.Report forced = Publisher.builder(folder).force(true).build().publish(fake);

    assertThat(forced.updated()).isEqualTo(1);
    Faq written = fake.findById(FaqId.of("3")).orElseThrow();
    assertThat(written.answerRichText()).containsExactly(RichTextElement.text("On the third floor."));
    assertThat(written.question()).as("the page, heading included, written over the helpdesk's")
        .contains("Where is the printer?");
    assertThat(page("3")).startsWith("# Where is the printer?\n").contains("third floor");
  }

  @Test
  void a_conflict_beside_a_page_that_is_written_stays_as_edited_and_is_planned_again() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    edit("3", "second floor", "third floor");
    fake.updateFaq(FaqId.of("3"), FaqChange.builder().question("Where is the printer now?").build());

    Publisher.Report report = publisher().publish(fake);

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.mirror()).isPresent();
    assertThat(page("3")).startsWith("# Where is the printer?").contains("third floor");
    assertThat(publisher().plan(fake).changes()).extracting(PublishPlan.Change::action)
        .containsExactly(Action.CONFLICT);
  }

  @Test
  void an_edited_page_whose_answer_is_emptied_is_refused() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "");

    assertThatThrownBy(() -> publisher().plan(fake)).isInstanceOf(MarkdownAnswerException.class)
        .hasMessage("faqs/1/1.md:1: the answer is empty; a FAQ keeps an answer");
  }

  @Test
  void an_interrupted_create_takes_only_a_faq_with_its_question_made_since_it_was_sent() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    write("new/vpn.md", "# How do I use the VPN?\n\nStart it.\n");
    Instant sent = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    PublishJournal.read(folder.resolve(".faq-publish.json")).record(new PublishJournal.Intent("new/vpn.md",
        "How do I use the VPN?", sent, Optional.empty()));
    fake.put(faq("50", "How do I use the VPN?", List.of(RichTextElement.text("Old."))));
    fake.put(Faq.builder(FaqId.of("51")).question("How do I use the VPN now?").answer("Other.")
        .createTime(sent).build());

    assertThat(publisher().plan(fake).changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(Action.CREATE);
      assertThat(change.faqId()).as("neither the FAQ made before it nor the one with another question").isEmpty();
    });

    fake.put(Faq.builder(FaqId.of("52")).question("How do I use the VPN?").answer("Start it.")
        .createTime(sent).build());
    fake.put(Faq.builder(FaqId.of("53")).question("How do I use the VPN?").answer("Start it.")
        .createTime(sent.plusSeconds(1)).build());

    assertThat(publisher().plan(fake).changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(Action.CONFLICT);
      assertThat(change.note()).get().asString().contains("FAQs 52, 53 have its question");
    });
  }

  @Test
  void a_removed_page_deletes_its_faq_only_with_delete() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    Files.delete(folder.resolve("faqs/4/4.md"));
    fake.clearCalls();

    Publisher.Report kept = publisher().publish(fake);

    assertThat(kept.plan().changes()).extracting(PublishPlan.Change::action).containsExactly(Action.KEEP);
    assertThat(fake.writeCalls()).isEmpty();
    assertThat(fake.findById(FaqId.of("4"))).isPresent();
    assertThat(publisher().plan(fake).count(Action.KEEP)).isEqualTo(1);

    Publisher.Report deleted = Publisher.builder(folder).delete(true).build().publish(fake);

    assertThat(deleted.deleted()).isEqualTo(1);
    assertThat(fake.writeCalls()).containsExactly(new WriteCall.DeleteFaq(FaqId.of("4")));
    assertThat(fake.findById(FaqId.of("4"))).isEmpty();
    assertThat(folder.resolve("faqs/4")).doesNotExist();
    assertThat(publisher().plan(fake).changes()).isEmpty();
  }

  @Test
  void a_new_page_in_a_category_folder_is_filed_there_and_an_unknown_category_is_refused_before_any_write()
      throws IOException {
    Mirror.builder(fake, folder).build().sync();
    write("new/network/vpn.md", "# How do I use the VPN?\n\nStart it first.\n");

    publisher().publish(fake);

    assertThat(only("How do I use the VPN?").categories()).extracting(Category::id)
        .containsExactly(Optional.of(NETWORK));

    write("new/printers/toner.md", "# Where is the toner?\n\nIn the cupboard.\n");
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    fake.clearCalls();
    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOf(CategoryNotFoundException.class)
        .hasMessageContaining("printers");
    assertThat(fake.writeCalls()).isEmpty();
  }

  @Test
  void markdown_the_helpdesk_cannot_hold_is_refused_naming_the_page_and_line_before_any_write() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    edit("3", "On the second floor.", "On the\n*second* floor.");
    fake.clearCalls();

    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOf(MarkdownAnswerException.class)
        .hasMessageStartingWith("faqs/3/3.md:4: '*' would be emphasis");
    assertThat(fake.writeCalls()).isEmpty();
  }

  @Test
  void refuses_a_folder_without_a_mirror() {
    assertThatThrownBy(() -> publisher().plan(fake)).isInstanceOfSatisfying(MirrorFolderException.class,
        refused -> assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.NO_MIRROR))
        .hasMessageContaining("sync into it first");
  }

  @Test
  void a_page_written_by_a_sync_that_recorded_no_page_hash_is_unchanged_until_edited() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    Path manifest = folder.resolve(".faq-mirror.json");
    Files.writeString(manifest, Files.readString(manifest).replaceAll("\\s*\"page_sha256\": \"[0-9a-f]+\",", ""));
    assertThat(Files.readString(manifest)).doesNotContain("page_sha256");

    assertThat(publisher().plan(fake).changes()).isEmpty();

    edit("2", "See:", "Look:");
    assertThat(publisher().plan(fake).changes()).extracting(PublishPlan.Change::action)
        .containsExactly(Action.UPDATE);
  }

  @Test
  void the_plan_as_json_names_each_change() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("3", "second floor", "third floor");

    String json = new String(publisher().plan(fake).toJson(), StandardCharsets.UTF_8);

    assertThat(json).contains("\"create\": 0", "\"update\": 1", "\"action\": \"update\"",
        "\"page\": \"faqs/3/3.md\"", "\"faq_id\": \"3\"", "\"question\": \"Where is the printer?\"", "\"answer\"",
        "\"note\": null").endsWith("}\n");
  }

  /** Where a publish dies: before a create is sent, or after its FAQ was made but before its answer was seen. */
  @ParameterizedTest
  @ValueSource(strings = {"before", "after"})
  void killed_during_a_publish_with_new_pages_the_rerun_leaves_exactly_one_faq_per_page(String when)
      throws IOException {
    Mirror.builder(fake, folder).build().sync();
    for (int page = 1; page <= 3; page++) {
      write("new/page-" + page + ".md", "# New question " + page + "?\n\nNew answer " + page + ".\n");
    }
    WritableHelpdesk dying = new ForwardingWritableHelpdesk(fake) {
      private int creates;

      @Override
      public Faq createFaq(NewFaq faq) {
        if (++creates == 2 && when.equals("before")) {
          throw new Killed();
        }
        Faq made = super.createFaq(faq);
        if (creates == 2) {
          throw new Killed();
        }
        return made;
      }
    };

    assertThatThrownBy(() -> publisher().publish(dying)).isInstanceOf(Killed.class);
    Publisher.Report rerun = publisher().publish(fake);

    for (int page = 1; page <= 3; page++) {
      only("New question " + page + "?");
    }
    assertThat(fake.writeCalls()).filteredOn(WriteCall.CreateFaq.class::isInstance).hasSize(3);
    assertThat(rerun.created()).isEqualTo(when.equals("before") ? 2 : 1);
    assertThat(Files.exists(folder.resolve("new/page-2.md"))).isFalse();
    assertThat(publisher().plan(fake).changes()).isEmpty();
    assertThat(folder.resolve(".faq-publish.json")).doesNotExist();
  }

  @Test
  void killed_after_its_creates_before_the_mirror_was_brought_up_to_date_the_rerun_mirrors_them_without_writing()
      throws IOException {
    Mirror.builder(fake, folder).build().sync();
    write("new/late.md", "# Late question?\n\nLate answer.\n");
    WritableHelpdesk dyingOnTheSecondListing = new ForwardingWritableHelpdesk(fake) {
      private int trees;

      @Override
      public List<io.github.helpdeskfaq.domain.CategoryNode> categoryTree(
          io.github.helpdeskfaq.domain.CategoryQuery query) {
        if (++trees == 2) {
          throw new Killed();
        }
        return super.categoryTree(query);
      }
    };

    assertThatThrownBy(() -> publisher().publish(dyingOnTheSecondListing)).isInstanceOf(Killed.class);
    assertThat(folder.resolve("new/late.md")).doesNotExist();
    assertThat(folder.resolve(".faq-publish.json")).exists();
    fake.clearCalls();
    Publisher.Report rerun = publisher().publish(fake);

    assertThat(fake.writeCalls()).isEmpty();
    assertThat(rerun.mirror()).get().extracting(Mirror.Report::added).isEqualTo(1);
    Faq late = only("Late question?");
    assertThat(folder.resolve("faqs/" + late.id() + "/" + late.id() + ".md")).exists();
    assertThat(folder.resolve(".faq-publish.json")).doesNotExist();
  }

  @Test
  void a_journal_that_cannot_be_read_is_refused_before_any_write() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    Files.writeString(folder.resolve(".faq-publish.json"), "{\"format\": 1, \"creates\": [{\"page\": 7}]}");
    fake.clearCalls();

    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOfSatisfying(MirrorFolderException.class,
        refused -> assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.UNREADABLE_JOURNAL))
        .hasMessageContaining("check the helpdesk for the questions of the pages in new");
    assertThat(fake.writeCalls()).isEmpty();
  }

  static Stream<Arguments> damagedJournals() {
    return Stream.of(
        Arguments.of("[]", "the journal is not an object"),
        Arguments.of("{\"format\": 1.5, \"creates\": []}", "no journal format 1 (was 1.5)"),
        Arguments.of("{\"format\": 1}", "no creates"),
        Arguments.of("{\"format\": 1, \"creates\": {}}", "creates is not an array"),
        Arguments.of("{\"format\": 1, \"creates\": [7]}", "a create is not an object"),
        Arguments.of("{\"format\": 1, \"creates\": [{\"page\": 7}]}", "page is not a string: 7"));
  }

  @ParameterizedTest
  @MethodSource("damagedJournals")
  void a_damaged_journal_is_refused_saying_what_is_wrong(String journal, String wrong) throws IOException {
    Mirror.builder(fake, folder).build().sync();
    Files.writeString(folder.resolve(".faq-publish.json"), journal);

    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOf(MirrorFolderException.class)
        .hasMessageStartingWith("cannot read " + folder.resolve(".faq-publish.json") + " (" + wrong + ")");
  }

  @Test
  void a_journal_that_is_not_utf_8_is_refused_as_unreadable_before_any_write() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    Files.write(folder.resolve(".faq-publish.json"), ("{\"format\": 1, \"creates\": [{\"page\": \"new/vpn.md\", "
        + "\"question\": \"VPN?\", \"sent_at\": \"2026-03-01T09:15:00Z\", \"faq_id\": null}]}")
        .replace("VPN", "VPN\u00ff").getBytes(StandardCharsets.ISO_8859_1));
    fake.clearCalls();

    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOfSatisfying(MirrorFolderException.class,
        refused -> assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.UNREADABLE_JOURNAL))
        .hasMessageStartingWith("cannot read " + folder.resolve(".faq-publish.json") + " (not UTF-8 text)");
    assertThat(fake.writeCalls()).isEmpty();
  }

  @Test
  void a_journal_with_two_creates_for_one_page_is_refused_as_unreadable_before_any_write() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    write("new/wi-fi.md", "# Wi-Fi?\n\nAsk.\n");
    Files.writeString(folder.resolve(".faq-publish.json"), "{\"format\": 1, \"creates\": ["
        + "{\"page\": \"new/wi-fi.md\", \"question\": \"Wi-Fi?\", \"sent_at\": \"2026-03-01T09:15:00Z\", "
        + "\"faq_id\": \"7001\"}, "
        + "{\"page\": \"new/wi-fi.md\", \"question\": \"Wi-Fi?\", \"sent_at\": \"2026-03-01T09:15:01Z\", "
        + "\"faq_id\": null}]}");
    fake.clearCalls();

    assertThatThrownBy(() -> publisher().publish(fake)).isInstanceOfSatisfying(MirrorFolderException.class,
        refused -> assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.UNREADABLE_JOURNAL))
        .hasMessageStartingWith("cannot read " + folder.resolve(".faq-publish.json")
            + " (two creates for the page \"new/wi-fi.md\")");
    assertThat(fake.writeCalls()).isEmpty();
  }

  @Test
  void a_page_edited_here_whose_faq_was_deleted_there_is_a_conflict_even_when_forced() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("4", "The helpdesk.", "The front desk.");
    fake.deleteFaq(FaqId.of("4"));
    fake.clearCalls();

    Publisher.Report report = Publisher.builder(folder).force(true).build().publish(fake);

    assertThat(report.unwritten()).singleElement().satisfies(change -> assertThat(change.note()).get().asString()
        .contains("deleted in the helpdesk", "move the page to new/"));
    assertThat(fake.writeCalls()).isEmpty();
    assertThat(page("4")).contains("The front desk.");
  }

  @Test
  void an_update_whose_faq_is_deleted_while_the_publish_runs_is_left_unwritten_and_its_page_kept()
      throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("4", "The helpdesk.", "The front desk.");
    WritableHelpdesk deletedMeanwhile = new ForwardingWritableHelpdesk(fake) {
      @Override
      public boolean updateFaq(FaqId id, FaqChange change) {
        fake.deleteFaq(id);
        return super.updateFaq(id, change);
      }
    };

    Publisher.Report report = publisher().publish(deletedMeanwhile);

    assertThat(report.updated()).isZero();
    assertThat(report.unwritten()).singleElement().satisfies(change -> assertThat(change.note())
        .contains("deleted in the helpdesk while the publish ran"));
    assertThat(page("4")).contains("The front desk.");
  }

  @Test
  void a_mirror_of_one_category_refuses_a_new_page_its_sync_would_not_list() throws IOException {
    Mirror.builder(fake, folder).category(NETWORK).build().sync();
    assertThat(Files.readString(folder.resolve(".faq-mirror.json"))).contains("\"category\": \"network\"");
    write("new/outside.md", "# Outside?\n\nYes.\n");

    assertThatThrownBy(() -> publisher().plan(fake)).isInstanceOf(MarkdownAnswerException.class)
        .hasMessageStartingWith("new/outside.md:1: this mirror holds category network and those below it only");

    Files.delete(folder.resolve("new/outside.md"));
    write("new/network/inside.md", "# Inside?\n\nYes.\n");
    assertThat(publisher().publish(fake).created()).isEqualTo(1);
    assertThat(folder.resolve("faqs/" + only("Inside?").id())).isDirectory();
  }

  @Test
  void the_listener_is_told_the_plan_and_each_change_written() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    edit("1", "Use the Wi-Fi.", "Use the cable.");
    edit("3", "second floor", "third floor");
    List<String> events = new java.util.ArrayList<>();

    Publisher.builder(folder).listener(new PublishListener() {
      @Override
      public void planned(PublishPlan plan) {
        events.add("planned " + plan.writes());
      }

      @Override
      public void written(PublishPlan.Change change, int done, int total) {
        events.add(change.page() + " " + done + "/" + total);
      }
    }).build().publish(fake);

    assertThat(events).containsExactly("planned 2", "faqs/1/1.md 1/2", "faqs/3/3.md 2/2");
  }

  /** What a process killed at that moment would leave: nothing after it runs. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  private Publisher publisher() {
    return Publisher.builder(folder).build();
  }

  private Faq only(String question) {
    try (Stream<Faq> all = fake.list(FaqFilter.all())) {
      List<Faq> found = all.filter(faq -> faq.question().equals(Optional.of(question))).toList();
      assertThat(found).as("FAQs with the question %s", question).hasSize(1);
      return found.get(0);
    }
  }

  private void edit(String id, String from, String to) throws IOException {
    Path page = folder.resolve("faqs/" + id + "/" + id + ".md");
    String text = Files.readString(page);
    assertThat(text).contains(from);
    Files.writeString(page, text.replace(from, to));
  }

  private String page(String id) throws IOException {
    return Files.readString(folder.resolve("faqs/" + id + "/" + id + ".md"));
  }

  private void write(String page, String text) throws IOException {
    Path file = folder.resolve(page);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Every file of the mirror but its lock, with its content. */
  private Map<String, String> contents() {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".lock"))
          .collect(Collectors.toMap(file -> folder.relativize(file).toString(), file -> {
            try {
              return Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, (a, b) -> a, TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Faq faq(String id, String question, List<RichTextElement> answer) {
    return Faq.builder(FaqId.of(id)).question(question).answerRichText(answer)
        .createTime(Instant.ofEpochSecond(1000)).updateTime(Instant.ofEpochSecond(1000))
        .categories(List.of(Category.of(NETWORK, "Network")))
        .build();
  }
}
