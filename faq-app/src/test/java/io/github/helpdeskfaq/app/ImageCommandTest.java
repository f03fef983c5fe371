package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeFaqRepository;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    FakeFaqRepository fake = FakeFaqRepository.builder()
        .image(faq, ImageKey.of("odd"), "application/octet-stream", new byte[] {1, 2})
        .image(faq, ImageKey.of("photo"), "image/jpeg; charset=binary", new byte[] {3})
        .build();
    AppRunner runner = AppRunner.in(folder).repositories((adapter, data, env) -> fake);

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
        .repositories((adapter, data, env) -> new BrokenTransferRepository(64 * 1024))
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
        .repositories((adapter, data, env) -> new BrokenTransferRepository(1000))
        .run("image", "1", "img_big", "--output", "big.png");

    assertThat(result.exitCode()).isEqualTo(5);
    assertThat(folder.resolve("big.png")).hasContent("previous");
    assertThat(filesIn(folder)).containsExactly("big.png");
  }

  @Test
  void exits_1_naming_the_file_when_it_cannot_be_written() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "--output",
        "no-such-folder/qr.png");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app image: cannot write ")
        .contains("no-such-folder" + folder.getFileSystem().getSeparator() + "qr.png", "NoSuchFileException");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void shows_progress_on_standard_error_for_a_large_image_in_a_terminal() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).interactive()
        .repositories((adapter, data, env) -> repositoryWithImageOf(THREE_MIB))
        .run("image", "1", "img_large");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).startsWith("\rimg_large: ").contains("of 3.0 MiB (50%)")
        .endsWith("\rimg_large: 3.0 of 3.0 MiB (100%)\n");
    assertThat(folder.resolve("img_large.png")).hasSize(THREE_MIB);
  }

  @Test
  void shows_no_progress_when_not_in_a_terminal() {
    AppRunner.Result result = AppRunner.in(folder)
        .repositories((adapter, data, env) -> repositoryWithImageOf(THREE_MIB))
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

  private static FakeFaqRepository repositoryWithImageOf(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 7);
    return FakeFaqRepository.builder().image(FaqId.of("1"), ImageKey.of("img_large"), "image/png", bytes).build();
  }

  static java.util.List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
