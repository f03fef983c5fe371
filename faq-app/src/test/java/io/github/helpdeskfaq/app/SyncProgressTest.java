package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code faq-app sync} reports progress (on the program's clock, moved by the test: each image read takes three
 * seconds), and how many images it reads at once.
 */
class SyncProgressTest {

  private static final String PROGRESS_LINE =
      "faq-app sync: \\d/3 FAQs, \\d/3 images, [0-9.]+ (B|KiB)(, [0-9.]+ (B|KiB)/s)?(, [0-9.]+ s left)?";

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = MirrorFixtures.helpdesk();
  private final MirrorFixtures.ManualTicker clock = new MirrorFixtures.ManualTicker();
  /** Each image takes three seconds on the program's clock. */
  private final InterceptedHelpdesk slow = new InterceptedHelpdesk(fake, (faqId, key, image) -> {
    clock.advance(Duration.ofSeconds(3));
    return image;
  });

  private AppRunner runner() {
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> slow).ticker(clock);
  }

  @Test
  void without_a_terminal_prints_a_progress_line_every_five_seconds_then_the_summary() {
    AppRunner.Result result = runner().run("sync", "--dir", "mirror", "--concurrency", "1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = Arrays.asList(result.stderrLines());
    // Nine seconds in all: one line once five have passed, none after.
    assertThat(lines.subList(0, lines.size() - 1)).hasSize(1)
        .allMatch(line -> line.matches(PROGRESS_LINE), "matches " + PROGRESS_LINE);
    assertThat(lines.get(lines.size() - 1)).matches("faq-app sync: 3 FAQs in mirror: 3 added, 0 updated, 0 removed, "
        + "0 unchanged, 0 failed; 3 images downloaded \\([0-9.]+ KiB\\) in 9\\.0 s");
  }

  @Test
  void in_a_terminal_redraws_one_line_in_place_and_clears_it_before_the_summary() {
    AppRunner.Result result = runner().interactive().run("sync", "--dir", "mirror", "--concurrency", "1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).endsWith("\n");
    assertThat(result.stderr().chars().filter(c -> c == '\n')).as("line feeds").hasSize(1);
    // Each redraw begins with a carriage return; the line is then blanked, and the summary follows.
    List<String> drawn = Arrays.asList(result.stderr().replace("\n", "").split("\r", -1));
    assertThat(drawn.get(0)).isEmpty();
    assertThat(drawn.get(1)).isEqualTo("0/3 FAQs, 0/3 images, 0 B");
    // Redrawn at the first event after the clock moved: a FAQ or an image further than the first line.
    assertThat(drawn.subList(2, drawn.size() - 2)).isNotEmpty()
        .allMatch(line -> line.strip().matches("\\d/3 FAQs, \\d/3 images, .*"))
        .anyMatch(line -> !line.startsWith("0/3 FAQs, 0/3 images, "));
    assertThat(drawn.get(drawn.size() - 2)).isBlank().hasSizeGreaterThanOrEqualTo(20);
    assertThat(drawn.get(drawn.size() - 1)).startsWith("faq-app sync: 3 FAQs in mirror: 3 added");
  }

  @Test
  void quiet_prints_nothing_on_success_and_only_the_errors_on_failure() {
    assertThat(runner().run("sync", "--dir", "mirror", "--quiet").stderr()).isEmpty();
    MirrorFixtures.put(fake, MirrorFixtures.faq("400", 2000, "New?", MirrorFixtures.OTHER, "img-e"));
    fake.failCallsFor(FaqId.of("400"),
        () -> new FaqServiceUnavailableException("server error", null, null, 1, null));

    AppRunner.Result failed = runner().run("sync", "--dir", "mirror", "--quiet");

    assertThat(failed.exitCode()).isEqualTo(5);
    assertThat(failed.stderrLines()).containsExactly(
        "faq-app sync: image img-e of FAQ 400 failed: service unavailable: server error",
        "faq-app sync: 1 image failed; the mirror is consistent without them, and the next sync retries them");
  }

  @Test
  void reads_as_many_images_at_once_as_concurrency_allows_and_no_more() {
    FakeHelpdesk many = FakeHelpdesk.builder().build();
    for (int i = 0; i < 9; i++) {
      MirrorFixtures.put(many, MirrorFixtures.faq("9" + i, 1000, "Q" + i + "?", MirrorFixtures.OTHER, "img-" + i));
    }
    AtomicInteger reading = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch threeAtOnce = new CountDownLatch(3);
    InterceptedHelpdesk watched = new InterceptedHelpdesk(many, (faqId, key, image) -> {
      most.accumulateAndGet(reading.incrementAndGet(), Math::max);
      threeAtOnce.countDown();
      try {
        // The first three wait for each other: this returns at once only if three are read at the same time.
        assertThat(threeAtOnce.await(30, TimeUnit.SECONDS)).as("three images read at once").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reading.decrementAndGet();
      return image;
    });

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> watched)
        .run("sync", "--dir", "mirror", "--concurrency", "3");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(most.get()).isEqualTo(3);
    assertThat(MirrorFixtures.files(folder.resolve("mirror"))).filteredOn(file -> file.endsWith(".png")).hasSize(9);
  }
}
