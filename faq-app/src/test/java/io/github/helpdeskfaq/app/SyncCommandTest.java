package io.github.helpdeskfaq.app;

import static io.github.helpdeskfaq.app.MirrorFixtures.NO_IMAGE;
import static io.github.helpdeskfaq.app.MirrorFixtures.ONE_IMAGE;
import static io.github.helpdeskfaq.app.MirrorFixtures.TWO_IMAGES;
import static io.github.helpdeskfaq.app.MirrorFixtures.files;
import static io.github.helpdeskfaq.app.MirrorFixtures.imageRequests;
import static io.github.helpdeskfaq.app.MirrorFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.adapter.fake.CatalogCall;
import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faq-app sync} on the fake: the mirror it writes, and what a second sync asks for and writes. */
class SyncCommandTest {

  private static final List<String> HELPDESK_MIRROR = List.of(
      ".faq-mirror.json", ".faq-mirror.lock", "faqs.jsonl",
      "faqs/100/100.md", "faqs/100/img-a.png",
      "faqs/200/200.md", "faqs/200/img-b.gif", "faqs/200/img-c.jpg",
      "faqs/300/300.md",
      "index.md");

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = MirrorFixtures.helpdesk();

  private AppRunner runner() {
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);
  }

  @Test
  void writes_a_page_per_faq_with_its_images_beside_it_the_index_and_json_lines() {
    AppRunner.Result result = runner().run("sync", "--dir", "mirror");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(lastLine(result))
        .startsWith("faq-app sync: 3 FAQs in mirror: 3 added, 0 updated, 0 removed, 0 unchanged, 0 failed; "
            + "3 images downloaded (");
    Path mirror = folder.resolve("mirror");
    assertThat(files(mirror)).containsExactlyElementsOf(HELPDESK_MIRROR);
    assertThat(mirror.resolve("faqs/200/200.md")).hasContent("""
        # Two images?

        Answer to 200.![image](img-b.gif)![image](img-c.jpg)
        """);
    assertThat(mirror.resolve("faqs/200/img-c.jpg")).hasBinaryContent(MirrorFixtures.bytes(ImageKey.of("img-c")));
    assertThat(mirror.resolve("index.md")).hasContent("""
        # FAQs

        - Parent
          - [One image?](faqs/100/100.md)
          - Child
            - [Two images?](faqs/200/200.md)
        - Other
          - [No image?](faqs/300/300.md)
        """);
    assertThat(imageRequests(fake)).containsExactlyInAnyOrder("img-a", "img-b", "img-c");
  }

  @Test
  void writes_pages_as_export_does_and_json_lines_as_get_prints_them() throws IOException {
    AppRunner.Result sync = AppRunner.in(folder).run("sync", "--dir", "mirror");
    AppRunner.Result export = AppRunner.in(folder).run("export", Demo.IMAGE_FAQ, "--dir", "export");

    assertThat(sync.exitCode()).as(sync.toString()).isZero();
    assertThat(export.exitCode()).as(export.toString()).isZero();
    Path page = folder.resolve("mirror/faqs/" + Demo.IMAGE_FAQ);
    assertThat(page.resolve(Demo.IMAGE_FAQ + ".md")).hasSameTextualContentAs(folder.resolve("export/"
        + Demo.IMAGE_FAQ + ".md"));
    assertThat(page.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
    List<String> lines = Files.readAllLines(folder.resolve("mirror/faqs.jsonl"));
    List<String> ids = AppRunner.in(folder).run("list").stdout().lines().map(line -> line.split(" ")[0]).toList();
    assertThat(lines).hasSameSizeAs(ids).isNotEmpty();
    for (int i = 0; i < ids.size(); i++) {
      AppRunner.Result get = AppRunner.in(folder).run("get", ids.get(i), "--format", "json");
      assertThat(parse(lines.get(i).getBytes(StandardCharsets.UTF_8))).isEqualTo(parse(get.stdoutBytes()));
    }
    String index = read(folder.resolve("mirror/index.md"));
    ids.forEach(id -> assertThat(index).contains("(faqs/" + id + "/" + id + ".md)"));
  }

  @Test
  void a_second_sync_with_nothing_changed_asks_only_for_the_listing_and_rewrites_nothing() throws IOException {
    assertThat(runner().run("sync", "--dir", "mirror").exitCode()).isZero();
    Map<String, FileTime> before = backdate(folder.resolve("mirror"));
    fake.clearCalls();

    AppRunner.Result second = runner().run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(fake.calls()).isEmpty();
    assertThat(fake.catalogCalls()).isNotEmpty()
        .allMatch(call -> call.isPageRequest() || call instanceof CatalogCall.CategoryTree);
    Map<String, FileTime> after = modificationTimes(folder.resolve("mirror"));
    assertThat(after.remove(".faq-mirror.lock")).as("the lock file records each run").isNotNull();
    before.remove(".faq-mirror.lock");
    assertThat(after).isEqualTo(before);
    assertThat(lastLine(second)).startsWith(
        "faq-app sync: 3 FAQs in mirror: 0 added, 0 updated, 0 removed, 3 unchanged, 0 failed; 0 images downloaded");
  }

  @Test
  void writes_new_and_changed_faqs_and_removes_those_gone_with_their_images() {
    assertThat(runner().run("sync", "--dir", "mirror").exitCode()).isZero();
    fake.clearCalls();
    // 100: a new question, the same image; 200: its second image replaced; 300: gone; 400: new.
    MirrorFixtures.put(fake, MirrorFixtures.faq(ONE_IMAGE, 2000, "One image, reworded?", MirrorFixtures.PARENT,
        "img-a"));
    MirrorFixtures.put(fake, MirrorFixtures.faq(TWO_IMAGES, 2000, "Two images?", MirrorFixtures.CHILD, "img-b",
        "img-d"));
    fake.remove(FaqId.of(NO_IMAGE));
    MirrorFixtures.put(fake, MirrorFixtures.faq("400", 2000, "New?", MirrorFixtures.OTHER, "img-e"));

    AppRunner.Result second = runner().run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(imageRequests(fake)).containsExactlyInAnyOrder("img-d", "img-e");
    Path mirror = folder.resolve("mirror");
    assertThat(files(mirror)).containsExactly(".faq-mirror.json", ".faq-mirror.lock", "faqs.jsonl",
        "faqs/100/100.md", "faqs/100/img-a.png",
        "faqs/200/200.md", "faqs/200/img-b.gif", "faqs/200/img-d.png",
        "faqs/400/400.md", "faqs/400/img-e.png",
        "index.md");
    assertThat(mirror.resolve("faqs/100/100.md")).content().startsWith("# One image, reworded?");
    assertThat(read(mirror.resolve("index.md"))).doesNotContain("faqs/300").contains("[New?](faqs/400/400.md)");
    assertThat(read(mirror.resolve("faqs.jsonl")).lines()).hasSize(3);
    assertThat(read(mirror.resolve(".faq-mirror.json"))).doesNotContain("\"300\"").contains("img-d", "img-e")
        .doesNotContain("img-c");
    assertThat(lastLine(second)).startsWith(
        "faq-app sync: 3 FAQs in mirror: 1 added, 2 updated, 1 removed, 0 unchanged, 0 failed; 2 images downloaded");
  }

  @Test
  void mirrors_only_a_category_and_its_subcategories_with_category() {
    AppRunner.Result result = runner().run("sync", "--dir", "mirror", "--category", "c-parent");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(files(folder.resolve("mirror"))).contains("faqs/100/100.md", "faqs/200/200.md")
        .noneMatch(file -> file.startsWith("faqs/300"));
    assertThat(fake.catalogCalls()).filteredOn(CatalogCall::isPageRequest).hasSize(2);
  }

  @Test
  void exits_3_for_a_category_that_is_not_in_the_tree() {
    AppRunner.Result result = runner().run("sync", "--dir", "mirror", "--category", "nowhere");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderrLines()).containsExactly("faq-app sync: not found: category nowhere");
  }

  @Test
  void refuses_a_folder_that_holds_what_a_sync_would_replace_but_no_mirror() throws IOException {
    Path site = Files.createDirectories(folder.resolve("site/faqs"));
    Files.writeString(folder.resolve("site/index.md"), "# My own index");

    AppRunner.Result result = runner().run("sync", "--dir", "site");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app sync: --dir site holds index.md, faqs but no mirror "
        + "(no .faq-mirror.json), which a sync would replace; choose another folder, or move them away");
    assertThat(folder.resolve("site/index.md")).hasContent("# My own index");
    assertThat(site).isEmptyDirectory();
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void leaves_the_other_files_of_the_folder_alone() throws IOException {
    Path mine = Files.createDirectories(folder.resolve("mine/.git"));
    Files.writeString(folder.resolve("mine/README.md"), "keep me");
    Files.writeString(mine.resolve("HEAD"), "ref: refs/heads/main");

    assertThat(runner().run("sync", "--dir", "mine").exitCode()).isZero();
    fake.remove(FaqId.of(NO_IMAGE));
    AppRunner.Result second = runner().run("sync", "--dir", "mine");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(files(folder.resolve("mine"))).contains(".git/HEAD", "README.md", "index.md")
        .doesNotContain("faqs/300/300.md");
    assertThat(folder.resolve("mine/README.md")).hasContent("keep me");
  }

  @Test
  void refuses_a_concurrency_out_of_range_before_any_request() {
    for (String bad : List.of("0", "33", "-1")) {
      AppRunner.Result result = runner().run("sync", "--dir", "mirror", "--concurrency", bad);

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.stderrLines()).containsExactly("faq-app sync: --concurrency must be from 1 to 32, was " + bad);
    }
    assertThat(fake.catalogCalls()).isEmpty();
    assertThat(folder.resolve("mirror")).doesNotExist();
  }

  @Test
  void a_manifest_that_cannot_be_read_is_set_aside_and_the_complete_images_on_disk_kept() throws IOException {
    assertThat(runner().run("sync", "--dir", "mirror").exitCode()).isZero();
    Files.writeString(folder.resolve("mirror/.faq-mirror.json"), "{not json");
    fake.clearCalls();

    AppRunner.Result second = runner().run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.stderrLines()[0]).startsWith("faq-app sync: warning: the mirror's manifest "
        + "mirror/.faq-mirror.json cannot be read (");
    assertThat(imageRequests(fake)).isEmpty();
    assertThat(files(folder.resolve("mirror"))).containsExactlyElementsOf(HELPDESK_MIRROR);
    assertThat(read(folder.resolve("mirror/.faq-mirror.json"))).contains("\"sha256\"", "img-a", "img-b", "img-c");
  }

  static String lastLine(AppRunner.Result result) {
    String[] lines = result.stderrLines();
    return lines.length == 0 ? "" : lines[lines.length - 1];
  }

  /** Sets every file's modification time to long ago, and returns them. */
  private static Map<String, FileTime> backdate(Path root) throws IOException {
    for (String file : files(root)) {
      Files.setLastModifiedTime(root.resolve(file), FileTime.fromMillis(1_000_000_000L));
    }
    return modificationTimes(root);
  }

  private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
    Map<String, FileTime> times = new HashMap<>();
    for (String file : files(root)) {
      times.put(file, Files.getLastModifiedTime(root.resolve(file)));
    }
    return times;
  }

  private static Object parse(byte[] json) throws IOException {
    return JsonReader.of(new Buffer().write(json)).readJsonValue();
  }
}
