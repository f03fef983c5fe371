package io.github.helpdeskfaq.app;

import static io.github.helpdeskfaq.app.MirrorFixtures.files;
import static io.github.helpdeskfaq.app.MirrorFixtures.imageRequests;
import static io.github.helpdeskfaq.app.MirrorFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app sync} when things go wrong: killed part-way, a file that cannot be written, an image that fails, and
 * a helpdesk that sends hostile text and headers. Every image is counted where the fake hands it out.
 */
class SyncRecoveryTest {

  /** The image files of the helpdesk below, by key. */
  private static final List<String> IMAGE_FILES = List.of("faqs/100/img-a.png", "faqs/200/img-b.gif",
      "faqs/200/img-c.jpg", "faqs/500/img-500.png", "faqs/501/img-501.png", "faqs/502/img-502.png",
      "faqs/503/img-503.png");

  @TempDir
  Path folder;

  /** The fixtures' helpdesk and four more FAQs of one image each: seven images in all. */
  private final FakeHelpdesk fake = bigger();

  /** What a kill does to the program, as far as this test can tell: it stops it wherever it is. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed", null, false, false);
    }
  }

  @Test
  void killed_part_way_the_next_sync_finishes_without_partial_files_or_fetching_a_complete_image_again()
      throws IOException {
    AtomicInteger reads = new AtomicInteger();
    InterceptedHelpdesk killedAfterThree = new InterceptedHelpdesk(fake, (faqId, key, image) -> {
      if (reads.incrementAndGet() > 3) {
        throw new Killed();
      }
      return image;
    });
    Path mirror = folder.resolve("mirror");

    assertThatThrownBy(() -> AppRunner.in(folder).helpdesks((adapter, data, env) -> killedAfterThree)
        .run("sync", "--dir", "mirror", "--concurrency", "2")).isInstanceOf(Killed.class);

    // A kill during a write leaves the temporary file that AtomicFile would otherwise have removed.
    Files.write(mirror.resolve("faqs/100/.img-a.png.1f2e3d4c.part"), new byte[] {1, 2, 3});
    Files.write(mirror.resolve(".faqs.jsonl.ab12.part"), new byte[] {1});
    List<String> completeBefore = files(mirror).stream().filter(IMAGE_FILES::contains).toList();
    assertThat(completeBefore).hasSize(3);
    assertThat(read(mirror.resolve(".faq-mirror.json"))).contains("\"faqs\": []");
    fake.clearCalls();

    AppRunner.Result rerun = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("sync", "--dir", "mirror", "--concurrency", "2");

    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    List<String> fetchedAgain = imageRequests(fake).stream()
        .filter(key -> completeBefore.stream().anyMatch(file -> file.contains("/" + key + "."))).toList();
    assertThat(fetchedAgain).isEmpty();
    assertThat(imageRequests(fake)).hasSize(IMAGE_FILES.size() - completeBefore.size());
    assertThat(files(mirror)).noneMatch(file -> file.endsWith(".part")).containsAll(IMAGE_FILES)
        .contains("index.md", "faqs.jsonl");
    for (String image : IMAGE_FILES) {
      String key = image.substring(image.lastIndexOf('/') + 1, image.lastIndexOf('.'));
      assertThat(mirror.resolve(image)).hasBinaryContent(MirrorFixtures.bytes(ImageKey.of(key)));
    }
    assertThat(read(mirror.resolve(".faq-mirror.json"))).contains(IMAGE_FILES);
  }

  @Test
  void only_after_a_sync_that_did_not_finish_are_the_faqs_folders_searched_for_temporary_files() throws IOException {
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);
    Path mirror = folder.resolve("mirror");
    Path lock = mirror.resolve(".faq-mirror.lock");
    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    assertThat(lock).hasContent("finished");
    Path leftOver = mirror.resolve("faqs/100/.img-a.png.1f2e3d4c.part");
    Files.write(leftOver, new byte[] {1});

    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    assertThat(leftOver).as("no sync was killed, so no FAQ's folder was searched").exists();

    Files.writeString(lock, ""); // what a sync killed part-way leaves
    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    assertThat(leftOver).doesNotExist();
    assertThat(lock).hasContent("finished");
  }

  @Test
  void only_after_a_sync_that_did_not_finish_are_faq_folders_the_manifest_does_not_name_removed() throws IOException {
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);
    Path mirror = folder.resolve("mirror");
    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    Path stray = mirror.resolve("faqs/999");
    Files.createDirectories(stray);
    Files.write(stray.resolve("999.md"), new byte[] {1});

    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    assertThat(stray).as("the manifest of a sync that finished names every folder: none listed").exists();

    Files.writeString(mirror.resolve(".faq-mirror.lock"), ""); // what a sync killed part-way leaves
    AppRunner.Result afterKill = runner.run("sync", "--dir", "mirror");
    assertThat(afterKill.exitCode()).isZero();
    assertThat(stray).doesNotExist();
    assertThat(afterKill.stderrLines()).anyMatch(line -> line.contains(" 1 removed, "));
  }

  @Test
  void a_file_that_cannot_be_written_stops_the_sync_before_the_manifest_and_the_next_sync_finishes_it()
      throws IOException {
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);
    assertThat(runner.run("sync", "--dir", "mirror").exitCode()).isZero();
    String manifest = read(folder.resolve("mirror/.faq-mirror.json"));
    MirrorFixtures.put(fake, MirrorFixtures.faq("200", 2000, "Two images, changed?", MirrorFixtures.CHILD, "img-b",
        "img-c"));
    MirrorFixtures.put(fake, MirrorFixtures.faq("600", 2000, "New?", MirrorFixtures.OTHER, "img-600"));
    Path page = folder.resolve("mirror/faqs/200/200.md");
    Files.delete(page);
    Files.createDirectory(page);
    fake.clearCalls();

    AppRunner.Result blocked = runner.run("sync", "--dir", "mirror");

    assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(2);
    assertThat(blocked.stderrLines()).containsExactly("faq-app sync: cannot write " + page + ": a folder is in the "
        + "way; remove it or choose another name");
    assertThat(read(folder.resolve("mirror/.faq-mirror.json"))).isEqualTo(manifest);
    boolean savedBefore = Files.exists(folder.resolve("mirror/faqs/600/img-600.png"));
    Files.delete(page);
    fake.clearCalls();

    AppRunner.Result rerun = runner.run("sync", "--dir", "mirror");

    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    assertThat(imageRequests(fake)).isEqualTo(savedBefore ? List.of() : List.of("img-600"));
    assertThat(page).content().startsWith("# Two images, changed?");
    assertThat(read(folder.resolve("mirror/.faq-mirror.json"))).contains("faqs/600/img-600.png");
  }

  @Test
  void an_image_that_fails_exits_5_with_a_consistent_mirror_and_the_next_sync_retries_only_it() {
    AtomicBoolean failing = new AtomicBoolean(true);
    InterceptedHelpdesk flaky = new InterceptedHelpdesk(fake, (faqId, key, image) -> {
      if (failing.get() && key.value().equals("img-c")) {
        throw new FaqServiceUnavailableException("the transfer broke off", null, null, 1, null);
      }
      return image;
    });
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> flaky);
    Path mirror = folder.resolve("mirror");

    AppRunner.Result first = runner.run("sync", "--dir", "mirror");

    assertThat(first.exitCode()).as(first.toString()).isEqualTo(5);
    assertThat(first.stderrLines()).hasSize(3);
    assertThat(first.stderrLines()[0]).isEqualTo("faq-app sync: image img-c of FAQ 200 failed: service "
        + "unavailable: the transfer broke off");
    assertThat(first.stderrLines()[1]).startsWith("faq-app sync: 7 FAQs in mirror: 7 added, 0 updated, 0 removed, "
        + "0 unchanged, 1 failed; 6 images downloaded");
    assertThat(first.stderrLines()[2]).isEqualTo("faq-app sync: 1 image failed; the mirror is consistent without "
        + "them, and the next sync retries them");
    assertThat(mirror.resolve("faqs/200/200.md")).hasContent("""
        # Two images?

        Answer to 200.![image](img-b.gif) *(image img-c could not be downloaded)*
        """);
    assertThat(files(mirror)).doesNotContain("faqs/200/img-c.jpg").contains("index.md", "faqs.jsonl");
    assertThat(read(mirror.resolve(".faq-mirror.json"))).contains("\"failed_images\": [\n        \"img-c\"");
    failing.set(false);
    fake.clearCalls();

    AppRunner.Result second = runner.run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(imageRequests(fake)).containsExactly("img-c");
    assertThat(SyncCommandTest.lastLine(second)).startsWith("faq-app sync: 7 FAQs in mirror: 0 added, 0 updated, "
        + "1 repaired, 0 removed, 6 unchanged, 0 failed; 1 image downloaded");
    assertThat(mirror.resolve("faqs/200/200.md")).hasContent("""
        # Two images?

        Answer to 200.![image](img-b.gif)![image](img-c.jpg)
        """);
    assertThat(read(mirror.resolve(".faq-mirror.json"))).doesNotContain("\"failed_images\": [\n");
  }

  @Test
  void names_files_after_ids_keys_and_content_types_whatever_the_text_or_the_headers_say() {
    FakeHelpdesk hostile = FakeHelpdesk.builder().build();
    MirrorFixtures.put(hostile, MirrorFixtures.faq("700", 1000, "../../escape\u202e\n# <script>/x.md",
        MirrorFixtures.OTHER, "img-h"));
    MirrorFixtures.put(hostile, MirrorFixtures.faq("701", 1000, "..", MirrorFixtures.OTHER, "img-s"));
    InterceptedHelpdesk headers = new InterceptedHelpdesk(hostile, InterceptedHelpdesk.rewriting(image ->
        new FaqImage("application/x-sh; name=\"../../run.sh\"", image.contentLength(),
            Optional.of("../../../outside.sh"), image.stream())));

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> headers)
        .run("sync", "--dir", "mirror");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(files(folder)).containsExactly("mirror/.faq-mirror.json", "mirror/.faq-mirror.lock",
        "mirror/faqs.jsonl", "mirror/faqs/700/700.md", "mirror/faqs/700/img-h.bin", "mirror/faqs/701/701.md",
        "mirror/faqs/701/img-s.bin", "mirror/index.md");
    assertThat(folder.resolve("mirror/index.md")).hasContent("""
        # FAQs

        - [../../escape\u202e \\# \\<script\\>/x.md](faqs/700/700.md)
        - [..](faqs/701/701.md)
        """);
  }

  private static FakeHelpdesk bigger() {
    FakeHelpdesk fake = MirrorFixtures.helpdesk();
    for (int i = 500; i < 504; i++) {
      MirrorFixtures.put(fake, MirrorFixtures.faq(String.valueOf(i), 1000, "FAQ " + i + "?", MirrorFixtures.OTHER,
          "img-" + i));
    }
    return fake;
  }
}
