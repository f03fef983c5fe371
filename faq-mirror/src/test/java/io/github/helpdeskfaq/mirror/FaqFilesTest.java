package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FAQ's files one at a time, as {@code export} and {@code image} write them. */
class FaqFilesTest {

  private static final FaqId ID = FaqId.of("42");
  private static final ImageKey KEY = ImageKey.of("img-qr");
  private static final byte[] JPEG = new byte[100_000];

  @TempDir
  Path folder;

  private final Faq faq = Faq.builder(ID).question("Where is the QR code?")
      .answerRichText(List.of(RichTextElement.text("Here:"), RichTextElement.image(KEY))).build();
  private final FakeHelpdesk fake = FakeHelpdesk.builder().faq(faq).image(ID, KEY, "image/jpeg", JPEG).build();
  private final Recording listener = new Recording();

  @Test
  void saves_an_image_under_its_key_and_the_extension_of_its_type_telling_the_listener() {
    Path saved = FaqFiles.saveImage(fake, ID, KEY, folder::resolve, listener).orElseThrow();

    assertThat(saved).isEqualTo(folder.resolve("img-qr.jpg")).hasBinaryContent(JPEG);
    assertThat(listener.events).startsWith("started img-qr " + OptionalLong.of(JPEG.length)).endsWith("ended");
    assertThat(listener.bytes).isEqualTo(JPEG.length);
    assertThat(FaqFiles.saveImage(fake, ID, ImageKey.of("img-none"), folder::resolve, listener)).isEmpty();
  }

  @Test
  void writes_the_page_that_a_mirror_writes_beside_its_images() {
    Path page = FaqFiles.page(folder, ID);
    FaqFiles.writePage(page, faq, Map.of(KEY, "img-qr.jpg"));

    assertThat(page).isEqualTo(folder.resolve("42.md"))
        .hasContent("# Where is the QR code?\n\nHere:![image](img-qr.jpg)\n");
  }

  @Test
  void copies_an_image_to_a_stream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(FaqFiles.copyImage(fake, ID, KEY, out, FaqFiles.DownloadListener.NONE)).hasValue((long) JPEG.length);
    assertThat(out.toByteArray()).isEqualTo(JPEG);
  }

  @Test
  void refuses_to_replace_a_read_only_file_or_a_folder() throws IOException {
    Path readOnly = Files.writeString(folder.resolve("42.md"), "mine");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    Path taken = Files.createDirectory(folder.resolve("img-qr.jpg"));

    assertThatThrownBy(() -> FaqFiles.writePage(readOnly, faq, Map.of()))
        .isInstanceOfSatisfying(MirrorFolderException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.READ_ONLY_FILE);
          assertThat(refused.path()).isEqualTo(readOnly);
        });
    assertThatThrownBy(() -> FaqFiles.saveImage(fake, ID, KEY, folder::resolve, listener))
        .isInstanceOfSatisfying(MirrorFolderException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(MirrorFolderException.Reason.FOLDER_IN_THE_WAY);
          assertThat(refused.path()).isEqualTo(taken);
        });
    assertThat(readOnly).hasContent("mine");
  }

  @Test
  void names_the_file_it_cannot_write_never_its_temporary_file() {
    Path page = folder.resolve("missing/42.md");

    assertThatThrownBy(() -> FaqFiles.writePage(page, faq, Map.of()))
        .isInstanceOfSatisfying(MirrorFileException.class, failed -> {
          assertThat(failed.operation()).isEqualTo(MirrorFileException.Operation.WRITE);
          assertThat(failed.file()).isEqualTo(page);
          assertThat(failed.getCause()).isInstanceOf(NoSuchFileException.class);
          assertThat(failed).hasMessage("cannot write " + page + ": no such file");
        });
  }

  /** Writes down what it is told. */
  private static final class Recording implements FaqFiles.DownloadListener {
    final List<String> events = new ArrayList<>();
    long bytes;

    @Override
    public void started(ImageKey key, OptionalLong length) {
      events.add("started " + key + " " + length);
    }

    @Override
    public void received(long count) {
      bytes += count;
    }

    @Override
    public void ended() {
      events.add("ended");
    }
  }
}
