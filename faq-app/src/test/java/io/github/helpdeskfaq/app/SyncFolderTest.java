package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app sync} into a folder it may not use or cannot write: what faq-mirror reports as data, in the
 * program's words and exit codes.
 */
class SyncFolderTest {

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = MirrorFixtures.helpdesk();

  private AppRunner.Result sync() {
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run("sync", "--dir", "mirror");
  }

  @Test
  void exits_2_while_another_sync_is_writing_into_the_folder() throws IOException {
    Path mirror = Files.createDirectory(folder.resolve("mirror"));
    try (FileChannel held = FileChannel.open(mirror.resolve(".faq-mirror.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      held.lock();
      AppRunner.Result result = sync();

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.stderrLines()).containsExactly("faq-app sync: another sync is writing into mirror; wait for "
          + "it to end");
    }
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void exits_2_for_a_manifest_of_a_newer_format() throws IOException {
    Path manifest = Files.createDirectory(folder.resolve("mirror")).resolve(".faq-mirror.json");
    Files.writeString(manifest, "{\"format\": 2, \"faqs\": []}");

    AppRunner.Result result = sync();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app sync: " + manifest + " was written by a newer faq-app "
        + "(manifest format 2); sync with that version, or into another folder");
  }

  @Test
  void exits_1_naming_a_folder_it_cannot_create() throws IOException {
    assertThat(sync().exitCode()).isZero();
    Path inTheWay = folder.resolve("mirror/faqs/400");
    Files.writeString(inTheWay, "a file where a FAQ's folder goes");
    MirrorFixtures.put(fake, MirrorFixtures.faq("400", 2000, "New?", MirrorFixtures.OTHER));

    AppRunner.Result result = sync();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderrLines()).containsExactly("faq-app sync: cannot create the folder " + inTheWay
        + ": a file is in the way; remove it or choose another name");
  }
}
