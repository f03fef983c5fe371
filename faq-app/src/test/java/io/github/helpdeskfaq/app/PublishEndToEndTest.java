package io.github.helpdeskfaq.app;

import static io.github.helpdeskfaq.app.MirrorFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.fake.WriteCall;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.ForwardingWritableHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app publish} end to end against a simulated Feishu on 127.0.0.1 holding the helpdesk of
 * {@link MirrorFixtures}, signed in as a user: the plan, the writes counted at the server, the mirror afterwards,
 * conflicts, removed pages, refused Markdown, and a publish killed part-way (on the fake).
 */
class PublishEndToEndTest {

  private static final String NEW_PAGE = "# How do I book a room?\n\nUse the [booking page](https://rooms.example/).\n";

  @TempDir
  Path folder;

  private FeishuSimulator server;

  @BeforeEach
  void startFeishuAndSync() {
    server = FeishuSimulator.start(SimulatedFeishu.CREDENTIALS, MirrorFixtures.helpdesk());
    AppRunner.Result login = AppRunner.in(folder).env(environment()).browser(SignInBrowser.consenting())
        .run("login", "--port", "0");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    AppRunner.Result sync = run("sync", "--dir", "mirror");
    assertThat(sync.exitCode()).as(sync.toString()).isZero();
  }

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  @Test
  void plans_three_updates_and_a_create_writes_them_once_then_plans_nothing_and_a_sync_changes_nothing()
      throws IOException {
    edit("100", "Answer to 100.", "Answer to 100, edited.");
    edit("200", "Answer to 200.", "Answer to 200, edited.");
    edit("300", "Answer to 300.", "Answer to 300, edited.");
    write("mirror/new/room.md", NEW_PAGE);
    long writesBefore = server.writeRequests();

    AppRunner.Result plan = run("publish", "--dir", "mirror", "--plan");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(server.writeRequests()).isEqualTo(writesBefore);
    assertThat(plan.stdout()).contains(
        "update   faqs/100/100.md  FAQ 100  (answer)  \"One image?\"",
        "update   faqs/200/200.md  FAQ 200  (answer)  \"Two images?\"",
        "update   faqs/300/300.md  FAQ 300  (answer)  \"No image?\"",
        "create   new/room.md  \"How do I book a room?\"",
        "Plan: 1 to create, 3 to update, 0 to delete, 0 in conflict, 0 removed and kept; 4 requests to write.");

    AppRunner.Result publish = run("publish", "--dir", "mirror");

    assertThat(publish.exitCode()).as(publish.toString()).isZero();
    assertThat(server.writeRequests() - writesBefore).isEqualTo(4);
    assertThat(server.helpdesk().writeCalls()).filteredOn(WriteCall.CreateFaq.class::isInstance).hasSize(1);
    assertThat(server.helpdesk().writeCalls()).filteredOn(WriteCall.UpdateFaq.class::isInstance).hasSize(3);
    assertThat(publish.stderr()).contains("faq-app publish: 1 created, 3 updated, 0 deleted, 0 not written; mirror "
        + "brought up to date");
    assertThat(answer("200")).isEqualTo("Answer to 200, edited.");
    assertThat(folder.resolve("mirror/new/room.md")).doesNotExist();
    List<String> mirrored = files(folder.resolve("mirror"));

    AppRunner.Result again = run("publish", "--dir", "mirror");
    AppRunner.Result sync = run("sync", "--dir", "mirror");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.stdout()).isEqualTo("No changes: the helpdesk has what the mirror shows.\n");
    assertThat(server.writeRequests() - writesBefore).isEqualTo(4);
    assertThat(sync.stderr()).contains("4 FAQs in mirror: 0 added, 0 updated, 0 removed, 4 unchanged");
    assertThat(files(folder.resolve("mirror"))).isEqualTo(mirrored);
  }

  @Test
  void an_answer_changed_in_the_helpdesk_too_is_not_written_without_force_and_the_exit_code_says_so()
      throws IOException {
    edit("300", "Answer to 300.", "Answer to 300, edited here.");
    server.helpdesk().updateFaq(FaqId.of("300"), FaqChange.builder().answer("Changed there.").build());
    long writesBefore = server.writeRequests();

    AppRunner.Result plan = run("publish", "--dir", "mirror", "--plan", "--format", "json");
    AppRunner.Result publish = run("publish", "--dir", "mirror");

    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(7);
    assertThat(plan.stdout()).contains("\"conflict\": 1", "\"action\": \"conflict\"", "\"faq_id\": \"300\"");
    assertThat(publish.exitCode()).as(publish.toString()).isEqualTo(7);
    assertThat(publish.stderr()).contains("1 page not written, in conflict with the helpdesk (the plan says why): "
        + "faqs/300/300.md; publish --force writes those whose FAQ changed there");
    assertThat(server.writeRequests()).isEqualTo(writesBefore);

    AppRunner.Result forced = run("publish", "--dir", "mirror", "--force");

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(answer("300")).isEqualTo("Answer to 300, edited here.");
  }

  @Test
  void a_removed_page_is_deleted_only_with_delete() throws IOException {
    Files.delete(folder.resolve("mirror/faqs/300/300.md"));

    AppRunner.Result kept = run("publish", "--dir", "mirror");

    assertThat(kept.exitCode()).as(kept.toString()).isZero();
    assertThat(kept.stdout()).contains("keep     faqs/300/300.md  FAQ 300  \"No image?\"  -- removed here; "
        + "--delete deletes the FAQ");
    assertThat(server.helpdesk().findById(FaqId.of("300"))).isPresent();

    AppRunner.Result deleted = run("publish", "--dir", "mirror", "--delete");

    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(server.helpdesk().findById(FaqId.of("300"))).isEmpty();
    assertThat(folder.resolve("mirror/faqs/300")).doesNotExist();
  }

  @Test
  void markdown_the_rich_text_cannot_hold_is_exit_2_naming_the_file_and_line_before_any_write() throws IOException {
    edit("100", "Answer to 100.", "Answer to 100.\n\n> quoted");
    write("mirror/new/room.md", NEW_PAGE);
    long writesBefore = server.writeRequests();

    AppRunner.Result publish = run("publish", "--dir", "mirror");

    assertThat(publish.exitCode()).as(publish.toString()).isEqualTo(2);
    assertThat(publish.stderr()).startsWith("faq-app publish: faqs/100/100.md:5: a quote cannot be part of an answer");
    assertThat(server.writeRequests()).isEqualTo(writesBefore);
  }

  @Test
  void a_plan_needs_no_sign_in_and_a_folder_without_a_mirror_is_exit_2() {
    Map<String, String> signedOut = environment();
    signedOut.put("FEISHU_USER_TOKEN_FILE", folder.resolve("nobody").toString());

    AppRunner.Result plan = AppRunner.in(folder).env(signedOut).run("publish", "--dir", "mirror", "--plan");
    AppRunner.Result nowhere = run("publish", "--dir", "elsewhere", "--plan");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(nowhere.exitCode()).isEqualTo(2);
    assertThat(nowhere.stderr()).contains("no mirror to publish in", "sync into it first");
  }

  @Test
  void killed_during_a_publish_with_new_pages_the_rerun_leaves_exactly_one_faq_per_page() throws IOException {
    FakeHelpdesk fake = MirrorFixtures.helpdesk();
    assertThat(AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run("sync", "--dir", "onfake")
        .exitCode()).isZero();
    for (int page = 1; page <= 3; page++) {
      write("onfake/new/page-" + page + ".md", "# Question " + page + "?\n\nAnswer " + page + ".\n");
    }
    ForwardingWritableHelpdesk killedAfterSecondCreate = new ForwardingWritableHelpdesk(fake) {
      private int creates;

      @Override
      public Faq createFaq(NewFaq faq) {
        Faq made = super.createFaq(faq);
        if (++creates == 2) {
          throw new Killed(); // the FAQ is made; the program dies before it hears so
        }
        return made;
      }
    };

    AppRunner.Result killed = null;
    try {
      killed = AppRunner.in(folder).helpdesks((adapter, data, env) -> killedAfterSecondCreate)
          .run("publish", "--dir", "onfake");
    } catch (Killed expected) {
      // what a kill does: nothing after it runs
    }
    AppRunner.Result rerun = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("publish", "--dir", "onfake");

    assertThat(killed).isNull();
    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    for (int page = 1; page <= 3; page++) {
      String question = "Question " + page + "?";
      try (Stream<Faq> all = fake.list(FaqFilter.all())) {
        assertThat(all.filter(faq -> faq.question().equals(Optional.of(question)))).as(question).hasSize(1);
      }
    }
    assertThat(rerun.stdout()).contains("create   new/page-2.md  FAQ ", "-- made by an interrupted publish; nothing "
        + "to send");
    assertThat(files(folder.resolve("onfake"))).noneMatch(file -> file.startsWith("new/"));
  }

  /** What a kill does to the program, as far as this test can tell: it stops it wherever it is. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed", null, false, false);
    }
  }

  private Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>(SimulatedFeishu.environment(server));
    env.put("FEISHU_USER_TOKEN_FILE", folder.resolve("user-tokens").toString());
    env.put("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "0.01");
    env.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "0.05");
    return env;
  }

  private AppRunner.Result run(String... args) {
    return AppRunner.in(folder).env(environment()).run(args);
  }

  private String answer(String id) {
    return server.helpdesk().findById(FaqId.of(id)).orElseThrow().answer().orElse("");
  }

  private void edit(String id, String from, String to) throws IOException {
    Path page = folder.resolve("mirror/faqs/" + id + "/" + id + ".md");
    String text = Files.readString(page);
    assertThat(text).contains(from);
    Files.writeString(page, text.replace(from, to));
  }

  private void write(String page, String text) throws IOException {
    Path file = folder.resolve(page);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
