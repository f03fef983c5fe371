package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.fake.RecordedCall;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror as a library: what a sync writes, reports and tells its listener, and what it refuses. */
class MirrorTest {

  private static final CategoryId NETWORK = CategoryId.of("network");
  private static final ImageKey PICTURE = ImageKey.of("img-a");
  private static final ImageKey GONE = ImageKey.of("img-gone");
  private static final byte[] PNG = "not really a png".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .category(Category.of(NETWORK, "Network"))
      .faq(faq("1", "With a picture?", PICTURE))
      .faq(faq("2", "With a picture gone?", GONE))
      .image(FaqId.of("1"), PICTURE, "image/png", PNG)
      .build();

  @Test
  void writes_the_mirror_reports_what_it_did_and_tells_the_listener_as_it_goes() {
    Recording listener = new Recording();

    Mirror.Report report = Mirror.builder(fake, folder).listener(listener).build().sync();

    assertThat(report).isEqualTo(new Mirror.Report(2, 2, 0, 0, 0, 0, 0, List.of(), 1, PNG.length));
    assertThat(files()).containsExactly(".faq-mirror.json", ".faq-mirror.lock", "faqs.jsonl", "faqs/1/1.md",
        "faqs/1/img-a.png", "faqs/2/2.md", "index.md");
    assertThat(folder.resolve("faqs/1/img-a.png")).hasBinaryContent(PNG);
    assertThat(folder.resolve("faqs/2/2.md"))
        .hasContent("# With a picture gone?\n\n*(image img-gone was not found)*\n");
    assertThat(listener.events).containsSubsequence("listed 1", "listed 2", "planned 2 0 2", "missing 2 img-gone",
        "image 2 img-gone", "faq 2").contains("image 1 img-a", "faq 1").doesNotContain("unreadable");
    assertThat(listener.received).hasValue(PNG.length);
  }

  @Test
  void a_second_sync_asks_only_for_the_listing_and_not_again_for_an_image_the_helpdesk_lacks() {
    Mirror mirror = Mirror.builder(fake, folder).build();
    mirror.sync();
    fake.clearCalls();

    Mirror.Report again = mirror.sync();

    assertThat(again).isEqualTo(new Mirror.Report(2, 0, 0, 0, 0, 2, 0, List.of(), 0, 0));
    assertThat(fake.calls()).noneMatch(call -> call.operation() == RecordedCall.Operation.READ_IMAGE);
  }

  @Test
  void reports_an_image_that_failed_and_repairs_it_next_time() {
    Faq only = faq("3", "Just one?", PICTURE);
    FakeHelpdesk single = FakeHelpdesk.builder().faq(only).image(only.id(), PICTURE, "image/png", PNG).build();
    single.failCallsFor(only.id(), () -> new FaqServiceUnavailableException("down", null, null, 1, null));
    Mirror mirror = Mirror.builder(single, folder).build();

    Mirror.Report failed = mirror.sync();
    single.clearFaults();
    Mirror.Report repaired = mirror.sync();

    assertThat(failed.failedImages()).singleElement().satisfies(image -> {
      assertThat(image.faqId()).isEqualTo(only.id());
      assertThat(image.key()).isEqualTo(PICTURE);
      assertThat(image.error()).isInstanceOf(FaqServiceUnavailableException.class);
    });
    assertThat(failed.failedFaqs()).isEqualTo(1);
    assertThat(repaired).isEqualTo(new Mirror.Report(1, 0, 0, 1, 0, 0, 0, List.of(), 1, PNG.length));
  }

  @Test
  void tells_the_listener_of_a_manifest_it_cannot_read_and_keeps_the_images_on_disk() throws IOException {
    Mirror.builder(fake, folder).build().sync();
    Files.writeString(folder.resolve(".faq-mirror.json"), "{not json");
    fake.clearCalls();
    Recording listener = new Recording();

    Mirror.builder(fake, folder).listener(listener).build().sync();

    assertThat(listener.events).startsWith("unreadable " + folder.resolve(".faq-mirror.json")
        + " not JSON: expected a name in double quotes at character 2");
    assertThat(fake.calls()).noneMatch(call -> call.imageKey().filter(PICTURE::equals).isPresent());
  }

  @Test
  void refuses_a_folder_that_another_sync_is_writing_into() throws IOException {
    Files.createDirectories(folder);
    try (FileChannel held = FileChannel.open(folder.resolve(".faq-mirror.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      held.lock();
      assertThatThrownBy(() -> Mirror.builder(fake, folder).build().sync())
          .isInstanceOfSatisfying(MirrorFolderException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.LOCKED);
            assertThat(refused.path()).isEqualTo(folder);
          });
    }
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void refuses_a_folder_that_holds_what_a_sync_writes_but_no_mirror() throws IOException {
    Files.writeString(folder.resolve("index.md"), "# Mine");
    Files.createDirectory(folder.resolve("faqs"));

    assertThatThrownBy(() -> Mirror.builder(fake, folder).build().sync())
        .isInstanceOfSatisfying(MirrorFolderException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.NOT_A_MIRROR);
          assertThat(refused.names()).containsExactly("index.md", "faqs");
          assertThat(refused.path()).isEqualTo(folder.resolve(".faq-mirror.json"));
          assertThat(refused.format()).isEmpty();
        });
    assertThat(folder.resolve("index.md")).hasContent("# Mine");
  }

  @Test
  void refuses_a_manifest_of_a_newer_format() throws IOException {
    Files.writeString(folder.resolve(".faq-mirror.json"), "{\"format\": 2, \"faqs\": []}");

    assertThatThrownBy(() -> Mirror.builder(fake, folder).build().sync())
        .isInstanceOfSatisfying(MirrorFolderException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.NEWER_FORMAT);
          assertThat(refused.format()).hasValue(2);
          assertThat(refused.names()).isEmpty();
        });
  }

  @Test
  void mirrors_a_category_and_refuses_one_that_is_not_in_the_tree() {
    Mirror.Report report = Mirror.builder(fake, folder).category(NETWORK).build().sync();

    assertThat(report.faqs()).isEqualTo(2);
    assertThatThrownBy(() -> Mirror.builder(fake, folder).category(CategoryId.of("nowhere")).build().sync())
        .isInstanceOfSatisfying(CategoryNotFoundException.class,
            missing -> assertThat(missing.categoryId()).isEqualTo(CategoryId.of("nowhere")));
  }

  @Test
  void names_the_file_it_cannot_write_with_what_the_system_reported() throws IOException {
    FakeHelpdesk plain = FakeHelpdesk.builder().faq(Faq.builder(FaqId.of("9")).question("Plain?").build()).build();
    Files.writeString(folder.resolve(".faq-mirror.json"), "{\"format\": 1, \"faqs\": []}");
    Files.createDirectories(folder.resolve("faqs"));
    Files.writeString(folder.resolve("faqs/9"), "a file where the FAQ's folder goes");

    assertThatThrownBy(() -> Mirror.builder(plain, folder).build().sync())
        .isInstanceOfSatisfying(MirrorFileException.class, failed -> {
          assertThat(failed.operation()).isEqualTo(MirrorFileException.Operation.CREATE_FOLDER);
          assertThat(failed.file()).isEqualTo(folder.resolve("faqs/9"));
          assertThat(failed.getCause()).isInstanceOf(FileAlreadyExistsException.class);
          assertThat(failed).hasMessageStartingWith("cannot create folder " + folder.resolve("faqs/9"));
        });
    assertThat(folder.resolve(".faq-mirror.json")).hasContent("{\"format\": 1, \"faqs\": []}");
  }

  @Test
  void downloads_from_1_to_32_images_at_once() {
    assertThat(Mirror.builder(fake, folder).concurrency(1).concurrency(Mirror.MAX_CONCURRENCY).build()).isNotNull();
    for (int outOfRange : new int[] {0, -1, Mirror.MAX_CONCURRENCY + 1}) {
      assertThatThrownBy(() -> Mirror.builder(fake, folder).concurrency(outOfRange))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("concurrency must be from 1 to 32, was " + outOfRange);
    }
  }

  private static Faq faq(String id, String question, ImageKey image) {
    return Faq.builder(FaqId.of(id)).question(question)
        .answerRichText(List.of(RichTextElement.image(image)))
        .updateTime(Instant.ofEpochSecond(1000))
        .categories(List.of(Category.of(NETWORK, "Network")))
        .build();
  }

  private List<String> files() {
    try (var all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes down what it is told, on the sync's thread, and counts the bytes from any thread. */
  private static final class Recording implements MirrorListener {
    final List<String> events = new ArrayList<>();
    final AtomicLong received = new AtomicLong();

    @Override
    public void manifestUnreadable(Path manifest, String reason) {
      events.add("unreadable " + manifest + " " + reason);
    }

    @Override
    public void listed(int faqs) {
      events.add("listed " + faqs);
    }

    @Override
    public void planned(int faqs, int unchanged, int images) {
      events.add("planned " + faqs + " " + unchanged + " " + images);
    }

    @Override
    public void received(long bytes) {
      received.addAndGet(bytes);
    }

    @Override
    public void imageMissing(FaqId faqId, ImageKey key) {
      events.add("missing " + faqId + " " + key);
    }

    @Override
    public void imageDone(FaqId faqId, ImageKey key) {
      events.add("image " + faqId + " " + key);
    }

    @Override
    public void faqDone(FaqId faqId) {
      events.add("faq " + faqId);
    }
  }
}
