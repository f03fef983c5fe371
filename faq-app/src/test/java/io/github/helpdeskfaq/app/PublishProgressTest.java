package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.port.ForwardingWritableHelpdesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code faq-app publish} reports progress, on the program's clock moved by the test: each update takes three
 * seconds.
 */
class PublishProgressTest {

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = MirrorFixtures.helpdesk();
  private final MirrorFixtures.ManualTicker clock = new MirrorFixtures.ManualTicker();
  /** Each update takes three seconds on the program's clock. */
  private final ForwardingWritableHelpdesk slow = new ForwardingWritableHelpdesk(fake) {
    @Override
    public boolean updateFaq(FaqId id, FaqChange change) {
      clock.advance(Duration.ofSeconds(3));
      return super.updateFaq(id, change);
    }
  };

  @BeforeEach
  void syncAndEditEveryPage() throws IOException {
    assertThat(runner().run("sync", "--dir", "mirror").exitCode()).isZero();
    for (String id : List.of("100", "200", "300")) {
      Path page = folder.resolve("mirror/faqs/" + id + "/" + id + ".md");
      Files.writeString(page, Files.readString(page).replace("Answer to " + id + ".", "Edited " + id + "."));
    }
  }

  private AppRunner runner() {
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> slow).ticker(clock);
  }

  @Test
  void without_a_terminal_prints_a_progress_line_every_five_seconds_then_the_summary() {
    AppRunner.Result result = runner().run("publish", "--dir", "mirror");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    // Nine seconds in all: one line once five have passed (the second update), none after.
    assertThat(Arrays.asList(result.stderrLines())).containsExactly("faq-app publish: 2/3 written, 3.0 s left",
        "faq-app publish: 0 created, 3 updated, 0 deleted, 0 not written; mirror brought up to date in 9.0 s");
  }

  @Test
  void in_a_terminal_redraws_one_line_in_place_and_clears_it_before_the_summary() {
    AppRunner.Result result = runner().interactive().run("publish", "--dir", "mirror");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).startsWith("\r1/3 written, 6.0 s left\r2/3 written, 3.0 s left\r3/3 written")
        .endsWith("\rfaq-app publish: 0 created, 3 updated, 0 deleted, 0 not written; mirror brought up to date in "
            + "9.0 s\n");
  }

  @Test
  void quiet_prints_nothing_on_standard_error() {
    AppRunner.Result result = runner().run("publish", "--dir", "mirror", "--quiet");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).contains("Plan: 0 to create, 3 to update");
  }
}
