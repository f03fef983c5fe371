package io.github.helpdeskfaq.app;

import static io.github.helpdeskfaq.app.MirrorFixtures.files;
import static io.github.helpdeskfaq.app.MirrorFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.app.settings.Adapters;
import io.github.helpdeskfaq.app.settings.HelpdeskFactory;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app sync} on the Feishu adapter, against the shared simulated Feishu on 127.0.0.1 holding the helpdesk
 * of {@link MirrorFixtures}: the same mirror as on the fake, and the requests each sync makes, counted at the server.
 */
class SyncOnFeishuTest {

  /** The tree of {@link MirrorFixtures#helpdesk()}: Parent with Child under it, and Other. */
  private static final List<Category> CATEGORIES = List.of(category(MirrorFixtures.PARENT, "Parent", null),
      category(MirrorFixtures.CHILD, "Child", MirrorFixtures.PARENT), category(MirrorFixtures.OTHER, "Other", null));

  @TempDir
  Path folder;

  private final List<FeishuSimulator> servers = new ArrayList<>();
  /** Image requests that reached the server, by key. */
  private final Map<String, AtomicInteger> imageRequests = new ConcurrentHashMap<>();
  /** Answer img-c with a server error while set. */
  private final AtomicBoolean imgCFails = new AtomicBoolean();

  @AfterEach
  void stopServers() {
    servers.forEach(FeishuSimulator::close);
  }

  @Test
  void writes_the_same_mirror_as_on_the_fake() throws IOException {
    FeishuSimulator feishu = helpdesk(List.of(
        faq("100", 1000, "One image?", "c-parent", "img-a"),
        faq("200", 1000, "Two images?", "c-child", "img-b", "img-c"),
        faq("300", 1000, "No image?", "c-other")));

    AppRunner.Result onFeishu = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "feishu");
    AppRunner.Result onFake = AppRunner.in(folder).helpdesks((adapter, data, env) -> MirrorFixtures.helpdesk())
        .run("sync", "--dir", "fake");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFake.exitCode()).as(onFake.toString()).isZero();
    assertThat(files(folder.resolve("feishu"))).isEqualTo(files(folder.resolve("fake"))).contains("index.md",
        "faqs.jsonl", "faqs/200/img-c.jpg");
    for (String file : files(folder.resolve("fake"))) {
      assertThat(folder.resolve("feishu").resolve(file)).as(file)
          .hasSameBinaryContentAs(folder.resolve("fake").resolve(file));
    }
    assertThat(imageRequests).containsOnlyKeys("img-a", "img-b", "img-c")
        .allSatisfy((key, count) -> assertThat(count).hasValue(1));
  }

  @Test
  void a_second_sync_with_nothing_changed_makes_only_the_listing_requests() {
    FeishuSimulator feishu = helpdesk(threeFaqs());
    assertThat(AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror").exitCode()).isZero();
    long helpdeskBefore = feishu.helpdeskRequests();
    long pagesBefore = feishu.pageRequests();
    imageRequests.clear();

    AppRunner.Result second = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    long pages = feishu.pageRequests() - pagesBefore;
    assertThat(pages).isEqualTo(1);
    // The listing's pages and the category tree: nothing else, no FAQ detail, no image.
    assertThat(feishu.helpdeskRequests() - helpdeskBefore).isEqualTo(pages + 1);
    assertThat(imageRequests).isEmpty();
  }

  @Test
  void writes_changed_and_new_faqs_and_removes_those_gone_asking_only_for_new_images() {
    FeishuSimulator before = helpdesk(threeFaqs());
    assertThat(AppRunner.in(folder).env(environment(before)).run("sync", "--dir", "mirror").exitCode()).isZero();
    imageRequests.clear();
    FeishuSimulator after = helpdesk(List.of(
        faq("100", 2000, "One image, reworded?", "c-parent", "img-a"),
        faq("200", 2000, "Two images?", "c-child", "img-b", "img-d"),
        faq("400", 2000, "New?", "c-other", "img-e")));

    AppRunner.Result second = AppRunner.in(folder).env(environment(after)).run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(imageRequests).containsOnlyKeys("img-d", "img-e");
    assertThat(files(folder.resolve("mirror"))).containsExactly(".faq-mirror.json", ".faq-mirror.lock",
        "faqs.jsonl", "faqs/100/100.md", "faqs/100/img-a.png", "faqs/200/200.md", "faqs/200/img-b.gif",
        "faqs/200/img-d.png", "faqs/400/400.md", "faqs/400/img-e.png", "index.md");
    assertThat(SyncCommandTest.lastLine(second)).startsWith("faq-app sync: 3 FAQs in mirror: 1 added, 2 updated, "
        + "1 removed, 0 unchanged, 0 failed; 2 images downloaded");
  }

  @Test
  void names_an_image_after_its_key_and_content_type_whatever_content_disposition_says() {
    FeishuSimulator feishu = helpdesk(List.of(faq("100", 1000, "One image?", "c-parent", "img-a")));
    feishu.answerImage("100", "img-a", () -> FeishuResponses.image("image/png", MirrorFixtures.bytes(
        ImageKey.of("img-a"))).withHeader("Content-Disposition", "attachment; filename=\"../../../evil.sh\"; "
        + "filename*=UTF-8''..%2F..%2Fevil.sh"));

    AppRunner.Result result = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(files(folder)).containsExactly("mirror/.faq-mirror.json", "mirror/.faq-mirror.lock",
        "mirror/faqs.jsonl", "mirror/faqs/100/100.md", "mirror/faqs/100/img-a.png", "mirror/index.md");
  }

  @Test
  void an_image_failing_exits_5_and_the_next_sync_asks_only_for_it() {
    FeishuSimulator feishu = helpdesk(threeFaqs());
    imgCFails.set(true);

    AppRunner.Result first = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror");

    assertThat(first.exitCode()).as(first.toString()).isEqualTo(5);
    assertThat(first.stderrLines()[0]).startsWith("faq-app sync: image img-c of FAQ 200 failed: service "
        + "unavailable: ");
    assertThat(files(folder.resolve("mirror"))).doesNotContain("faqs/200/img-c.jpg").contains("faqs/200/200.md");
    imgCFails.set(false);
    imageRequests.clear();

    AppRunner.Result second = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(imageRequests).containsOnlyKeys("img-c");
    assertThat(imageRequests.get("img-c")).hasValue(1);
    assertThat(folder.resolve("mirror/faqs/200/img-c.jpg")).hasBinaryContent(MirrorFixtures.bytes(
        ImageKey.of("img-c")));
  }

  @Test
  void killed_part_way_the_next_sync_asks_for_no_image_that_was_complete() {
    FeishuSimulator feishu = helpdesk(threeFaqs());
    AtomicInteger reads = new AtomicInteger();
    HelpdeskFactory killedAfterTwo = (adapter, data, env) -> new InterceptedHelpdesk(
        new Adapters().create(adapter, data, env), (faqId, key, image) -> {
          if (reads.incrementAndGet() > 2) {
            throw new KilledError();
          }
          return image;
        });

    assertThatThrownBy(() -> AppRunner.in(folder).env(environment(feishu)).helpdesks(killedAfterTwo)
        .run("sync", "--dir", "mirror", "--concurrency", "1")).isInstanceOf(KilledError.class);
    List<String> complete = files(folder.resolve("mirror")).stream()
        .filter(file -> file.matches("faqs/\\d+/img-.*")).toList();
    assertThat(complete).hasSize(2);
    assertThat(read(folder.resolve("mirror/.faq-mirror.json"))).contains("\"faqs\": []");
    imageRequests.clear();

    AppRunner.Result rerun = AppRunner.in(folder).env(environment(feishu)).run("sync", "--dir", "mirror");

    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    assertThat(imageRequests).hasSize(1).allSatisfy((key, count) -> {
      assertThat(complete).noneMatch(file -> file.contains("/" + key + "."));
      assertThat(count).hasValue(1);
    });
    assertThat(files(folder.resolve("mirror"))).contains("faqs/100/img-a.png", "faqs/200/img-b.gif",
        "faqs/200/img-c.jpg").noneMatch(file -> file.endsWith(".part"));
  }

  /** Stands for a kill: nothing in the program catches an Error. */
  private static final class KilledError extends Error {
    private static final long serialVersionUID = 1L;

    KilledError() {
      super("killed", null, false, false);
    }
  }

  private static List<Faq> threeFaqs() {
    return List.of(
        faq("100", 1000, "One image?", "c-parent", "img-a"),
        faq("200", 1000, "Two images?", "c-child", "img-b", "img-c"),
        faq("300", 1000, "No image?", "c-other"));
  }

  /** A simulated Feishu that lists these FAQs (online) and serves their images, counting each image request. */
  private FeishuSimulator helpdesk(List<Faq> faqs) {
    FakeHelpdesk.Builder content = FakeHelpdesk.builder().faqs(faqs);
    CATEGORIES.forEach(content::category);
    FeishuSimulator feishu = FeishuSimulator.start(SimulatedFeishu.CREDENTIALS, content.build());
    servers.add(feishu);
    for (Faq faq : faqs) {
      for (ImageKey key : faq.imageKeys()) {
        feishu.answerImage(faq.id().value(), key.value(), () -> image(key.value()));
      }
    }
    return feishu;
  }

  private SimulatedAnswer image(String key) {
    imageRequests.computeIfAbsent(key, unused -> new AtomicInteger()).incrementAndGet();
    if (key.equals("img-c") && imgCFails.get()) {
      return FeishuResponses.serverError();
    }
    return FeishuResponses.image(MirrorFixtures.contentType(ImageKey.of(key)), MirrorFixtures.bytes(
        ImageKey.of(key)));
  }

  /** A FAQ of {@link MirrorFixtures#faq}, filed under the category of this id. */
  private static Faq faq(String id, long updateSecond, String question, String category, String... keys) {
    return MirrorFixtures.faq(id, updateSecond, question, CategoryId.of(category), keys);
  }

  private static Category category(CategoryId id, String name, CategoryId parent) {
    return new Category(Optional.of(id), Optional.empty(), Optional.of(name), Optional.ofNullable(parent),
        Optional.empty(), Optional.empty());
  }

  private static Map<String, String> environment(FeishuSimulator feishu) {
    Map<String, String> env = SimulatedFeishu.environment(feishu);
    env.put("FEISHU_RETRY_MAX_ATTEMPTS", "2");
    env.put("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "0.01");
    env.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "0.05");
    return env;
  }
}
