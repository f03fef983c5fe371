package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCommandTest {

  private static final int THREE_MIB = 3 * 1024 * 1024;

  @TempDir
  Path folder;

  @Test
  void saves_the_image_under_its_key_with_the_extension_of_its_content_type() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(Demo.IMAGE_FILE + "\n");
    assertThat(result.stderr()).isEmpty();
    assertThat(folder.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
    assertThat(filesIn(folder)).containsExactly(Demo.IMAGE_FILE);
  }

  @Test
  void saves_the_image_to_the_file_given_with_output() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "--output",
        "qr.png");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("qr.png")).hasBinaryContent(Demo.imageBytes());
    assertThat(filesIn(folder)).containsExactly("qr.png");
  }

  @Test
  void saves_the_image_into_a_folder_given_with_output() throws IOException {
    Files.createDirectory(folder.resolve("images"));

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", "images");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(Path.of("images", Demo.IMAGE_FILE) + "\n");
    assertThat(folder.resolve("images").resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void replaces_an_existing_file() throws IOException {
    Files.writeString(folder.resolve(Demo.IMAGE_FILE), "old");

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void streams_the_image_to_standard_output_for_a_dash() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "--output", "-");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutBytes()).isEqualTo(Demo.imageBytes());
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void names_an_image_of_unknown_content_type_bin_and_jpeg_jpg() throws IOException {
    FaqId faq = FaqId.of("1");
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .image(faq, ImageKey.of("odd"), "application/octet-stream", new byte[] {1, 2})
        .image(faq, ImageKey.of("photo"), "image/jpeg; charset=binary", new byte[] {3})
        .build();
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);

    assertThat(runner.run("image", "1", "odd").exitCode()).isZero();
    assertThat(runner.run("image", "1", "photo").exitCode()).isZero();

    assertThat(filesIn(folder)).containsExactlyInAnyOrder("odd.bin", "photo.jpg");
  }

  @Test
  void serves_images_that_sit_beside_the_fake_data_file() throws IOException {
    Path data = Path.of("src/test/resources/fake-data/faqs.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("image", "fixture-1", "img_fixture-printer",
        "--fake-data", data.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("img_fixture-printer.gif"))
        .hasSameBinaryContentAs(data.resolveSibling("img_fixture-printer.gif"));
  }

  @Test
  void exits_3_and_writes_nothing_when_the_image_does_not_exist() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, "img_nothing");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderrLines())
        .containsExactly("faq-app image: not found: image img_nothing of FAQ " + Demo.IMAGE_FAQ);
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void exits_2_for_an_invalid_image_key() {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, "..");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString()
        .contains("<image-key>", "image key \"..\" must not be '.' or '..'");
  }

  @Test
  void leaves_no_file_behind_when_the_transfer_breaks_off() throws IOException {
    AppRunner.Result result = AppRunner.in(folder)
        .helpdesks((adapter, data, env) -> new BrokenTransferRepository(64 * 1024))
        .run("image", "1", "img_big", "--output", "big.png");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).containsExactly(
        "faq-app image: service unavailable: the image transfer broke off after 65536 bytes");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void keeps_the_previous_file_when_the_transfer_breaks_off() throws IOException {
    Files.writeString(folder.resolve("big.png"), "previous");

    AppRunner.Result result = AppRunner.in(folder)
        .helpdesks((adapter, data, env) -> new BrokenTransferRepository(1000))
        .run("image", "1", "img_big", "--output", "big.png");

    assertThat(result.exitCode()).isEqualTo(5);
    assertThat(folder.resolve("big.png")).hasContent("previous");
    assertThat(filesIn(folder)).containsExactly("big.png");
  }

  @Test
  void saves_the_image_into_an_existing_folder_given_with_a_trailing_slash() throws IOException {
    Files.createDirectory(folder.resolve("images"));

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", "images/");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("images").resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void exits_2_and_writes_nothing_when_an_output_ending_in_a_slash_is_not_an_existing_folder() throws IOException {
    Files.writeString(folder.resolve("taken"), "a file");

    AppRunner.Result missing = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", "nosuchdir/");
    AppRunner.Result file = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", "taken/");

    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
    assertThat(missing.stderrLines()).containsExactly("faq-app image: --output nosuchdir/: the folder does not "
        + "exist; create it first, or give a file name without the trailing /");
    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(file.stderrLines()).containsExactly("faq-app image: --output taken/: it is a file, not a folder");
    assertThat(filesIn(folder)).containsExactly("taken");
    assertThat(folder.resolve("taken")).hasContent("a file");
  }

  @Test
  void exits_2_before_downloading_when_the_output_is_in_a_folder_that_does_not_exist() throws IOException {
    FakeHelpdesk fake = repositoryWithImageOf(10);

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("image", "1", "img_large", "--output", "no-such-folder/qr.png");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app image: --output no-such-folder/qr.png: "
        + "no-such-folder does not exist; create the folder first or choose another one");
    assertThat(fake.calls()).as("nothing is downloaded").isEmpty();
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void refuses_to_replace_a_read_only_file_even_as_root_and_downloads_nothing() throws IOException {
    Path readOnly = Files.writeString(folder.resolve("qr.png"), "keep me");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    FakeHelpdesk fake = repositoryWithImageOf(10);

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("image", "1", "img_large", "--output", "qr.png");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app image: will not replace " + readOnly
        + ": it is read-only; make it writable or choose another name");
    assertThat(readOnly).hasContent("keep me");
    assertThat(fake.calls()).as("nothing is downloaded").isEmpty();
    assertThat(filesIn(folder)).containsExactly("qr.png");
  }

  @Test
  void refuses_to_replace_a_read_only_file_of_the_default_name() throws IOException {
    Path readOnly = Files.writeString(folder.resolve(Demo.IMAGE_FILE), "keep me");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xrwx"));

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString().contains("it is read-only");
    assertThat(readOnly).hasContent("keep me");
    assertThat(filesIn(folder)).containsExactly(Demo.IMAGE_FILE);
  }

  @Test
  void exits_2_when_a_folder_has_the_default_file_name() throws IOException {
    Files.createDirectories(folder.resolve(Demo.IMAGE_FILE).resolve("inside"));

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app image: cannot write " + folder.resolve(Demo.IMAGE_FILE)
        + ": a folder is in the way; remove it or choose another name");
    assertThat(filesIn(folder.resolve(Demo.IMAGE_FILE))).containsExactly("inside");
  }

  @Test
  void says_in_words_why_the_file_could_not_be_written_and_leaves_no_temporary_file() throws IOException {
    String tooLong = "a".repeat(300) + ".png";

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", tooLong);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderrLines()).containsExactly("faq-app image: cannot write " + folder.resolve(tooLong)
        + ": file name too long; check the path and try again");
    assertThat(filesIn(folder)).as("the temporary file is gone").isEmpty();
  }

  @Test
  void says_a_folder_got_in_the_way_during_the_download_and_removes_the_temporary_file() throws IOException {
    Path target = folder.resolve("big.png");

    AppRunner.Result result = AppRunner.in(folder)
        .helpdesks((adapter, data, env) -> new FolderAppearsRepository(target.resolve("meanwhile")))
        .run("image", "1", "img_big", "--output", "big.png");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderrLines()).containsExactly(
        "faq-app image: cannot write " + target + ": a folder is in the way; remove it or choose another name");
    assertThat(result.stderr()).doesNotContain("Exception", ".part");
    assertThat(filesIn(folder)).as("only the folder, no temporary file").containsExactly("big.png");
    assertThat(filesIn(target)).containsExactly("meanwhile");
  }

  @Test
  void prints_a_file_name_with_control_characters_as_visible_escapes() throws IOException {
    String name = "\u001b[2Jqr\u202egnp.png";

    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "-o", name);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo("\\u001b[2Jqr\\u202egnp.png\n");
    assertThat(folder.resolve(name)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void shows_progress_on_standard_error_for_a_large_image_in_a_terminal() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).interactive()
        .helpdesks((adapter, data, env) -> repositoryWithImageOf(THREE_MIB))
        .run("image", "1", "img_large");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).startsWith("\rimg_large: ").contains("of 3.0 MiB (50%)")
        .endsWith("\rimg_large: 3.0 of 3.0 MiB (100%)\n");
    assertThat(folder.resolve("img_large.png")).hasSize(THREE_MIB);
  }

  @Test
  void shows_no_progress_when_not_in_a_terminal() {
    AppRunner.Result result = AppRunner.in(folder)
        .helpdesks((adapter, data, env) -> repositoryWithImageOf(THREE_MIB))
        .run("image", "1", "img_large");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void shows_no_progress_for_a_small_image_even_in_a_terminal() {
    AppRunner.Result result = AppRunner.in(folder).interactive().run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stderr()).isEmpty();
  }

  private static FakeHelpdesk repositoryWithImageOf(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 7);
    return FakeHelpdesk.builder().image(FaqId.of("1"), ImageKey.of("img_large"), "image/png", bytes).build();
  }

  /** A helpdesk whose image download is overtaken by a folder created at the target while it streams. */
  private static final class FolderAppearsRepository extends ForwardingHelpdesk {
    private final Path folderToCreate;

    FolderAppearsRepository(Path folderToCreate) {
      super(FakeHelpdesk.builder().build());
      this.folderToCreate = folderToCreate;
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      InputStream stream = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
        @Override
        public synchronized int read(byte[] bytes, int offset, int length) {
          try {
            Files.createDirectories(folderToCreate);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return super.read(bytes, offset, length);
        }
      };
      try {
        return Optional.of(reader.read(new FaqImage("image/png", OptionalLong.of(3), Optional.empty(), stream)));
      } catch (IOException readersOwn) {
        throw new UncheckedIOException(readersOwn);
      }
    }
  }

  static java.util.List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
