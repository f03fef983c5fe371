package io.github.helpdeskfaq.app;

import static io.github.helpdeskfaq.app.ImageCommandTest.filesIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir
  Path folder;

  @Test
  void writes_markdown_with_the_question_the_answer_and_the_image_beside_it() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("export", Demo.IMAGE_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(Demo.IMAGE_FAQ + ".md\n");
    assertThat(result.stderr()).isEmpty();
    assertThat(folder.resolve(Demo.IMAGE_FAQ + ".md")).hasContent("""
        # Where do I find the helpdesk QR code?

        Open the helpdesk settings and download the QR code shown below.\\
        ![image](img_b07ffac0-19c1-48a3-afca-599f8ea825fj.png)\\
        Print it and put it up at the service desk. More in [the Feishu Help Center](https://www.feishu.cn/hc/en-US/).
        """);
    assertThat(folder.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
    assertThat(filesIn(folder)).containsExactlyInAnyOrder(Demo.IMAGE_FILE, Demo.IMAGE_FAQ + ".md");
  }

  @Test
  void writes_into_the_folder_given_with_dir_and_creates_it() {
    AppRunner.Result result = AppRunner.in(folder).run("export", Demo.SEED_FAQ, "--dir", "out/faqs");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(Path.of("out", "faqs", Demo.SEED_FAQ + ".md") + "\n");
    assertThat(folder.resolve("out/faqs/" + Demo.SEED_FAQ + ".md")).hasContent("""
        # 问题

        我的答案
        """);
  }

  @Test
  void renders_the_plain_answer_escaped_when_there_is_no_rich_text() throws IOException {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(Faq.builder(FaqId.of("plain")).answer("Just *text*.\n\n1. not a list").build())
        .faq(Faq.builder(FaqId.of("empty")).question("Multi\nline?").build())
        .build();
    AppRunner runner = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);

    assertThat(runner.run("export", "plain").exitCode()).isZero();
    assertThat(runner.run("export", "empty").exitCode()).isZero();

    assertThat(folder.resolve("plain.md")).hasContent("# FAQ plain\n\nJust \\*text\\*.\n\n1\\. not a list\n");
    assertThat(folder.resolve("empty.md")).hasContent("# Multi line?\n");
  }

  @Test
  void exports_the_images_that_img_elements_of_fake_data_name() throws IOException {
    Path data = Path.of("src/test/resources/fake-data/faqs.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("export", "fixture-1", "--fake-data", data.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(folder.resolve("fixture-1.md")).hasContent("""
        # How do I print from my laptop?

        Add the office printer:\\
        ![image](img_fixture-printer.gif)\\
        then print as usual.
        """);
    assertThat(folder.resolve("img_fixture-printer.gif"))
        .hasSameBinaryContentAs(data.resolveSibling("img_fixture-printer.gif"));
  }

  @Test
  void finishes_with_a_warning_and_a_note_when_an_image_is_missing() throws IOException {
    Path data = Path.of("src/test/resources/fake-data/faqs.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("export", "fixture-2", "--fake-data", data.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderrLines()).containsExactly("faq-app export: warning: image img_fixture-missing of FAQ "
        + "fixture-2 was not found; the export notes it instead of linking it");
    assertThat(folder.resolve("fixture-2.md")).hasContent("""
        # Why is the printer offline?

        *(image img_fixture-missing was not found)*\\
        Check the cable.
        """);
    assertThat(filesIn(folder)).containsExactly("fixture-2.md");
  }

  @Test
  void downloads_each_image_once_and_links_it_wherever_it_appears() throws IOException {
    ImageKey key = ImageKey.of("logo");
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(Faq.builder(FaqId.of("twice")).question("Q?")
            .answerRichText(List.of(RichTextElement.image(key), RichTextElement.image(key))).build())
        .image(FaqId.of("twice"), key, "image/gif", new byte[] {1})
        .build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("export", "twice");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("twice.md")).hasContent("# Q?\n\n![image](logo.gif)![image](logo.gif)\n");
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void exits_3_and_writes_nothing_when_the_faq_does_not_exist() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("export", "404", "--dir", "out");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderrLines()).containsExactly("faq-app export: not found: FAQ 404");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void writes_no_markdown_when_an_image_fails_for_another_reason() throws IOException {
    Faq faq = Faq.builder(FaqId.of("1")).answerRichText(List.of(RichTextElement.image(ImageKey.of("k")))).build();
    FakeHelpdesk images = FakeHelpdesk.builder().build();
    images.failCallsFor(faq.id(), () -> new FaqAccessDeniedException("no permission to read images", null, null));
    FakeHelpdesk faqs = FakeHelpdesk.builder().faq(faq).build();

    AppRunner.Result result = AppRunner.in(folder)
        .helpdesks((adapter, data, env) -> new SplitHelpdesk(faqs, images))
        .run("export", "1");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.stderrLines()).containsExactly("faq-app export: access denied: no permission to read images");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void exits_2_when_dir_or_a_folder_above_it_is_a_file() throws IOException {
    Files.writeString(folder.resolve("taken"), "a file, not a folder");

    AppRunner.Result itself = AppRunner.in(folder).run("export", Demo.SEED_FAQ, "--dir", "taken");
    AppRunner.Result above = AppRunner.in(folder).run("export", Demo.SEED_FAQ, "--dir", "taken/faqs/");

    assertThat(itself.exitCode()).as(itself.toString()).isEqualTo(2);
    assertThat(itself.stderrLines()).containsExactly("faq-app export: --dir taken: taken is a file, not a folder");
    assertThat(above.exitCode()).isEqualTo(2);
    assertThat(above.stderrLines()).containsExactly("faq-app export: --dir taken/faqs: taken is a file, not a folder");
    assertThat(filesIn(folder)).containsExactly("taken");
  }

  @Test
  void creates_a_dir_given_with_a_trailing_slash() {
    AppRunner.Result result = AppRunner.in(folder).run("export", Demo.SEED_FAQ, "--dir", "new/");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("new").resolve(Demo.SEED_FAQ + ".md")).isRegularFile();
  }

  @Test
  void refuses_to_replace_a_read_only_markdown_file_before_downloading_any_image() throws IOException {
    Path markdown = Files.writeString(folder.resolve(Demo.IMAGE_FAQ + ".md"), "my own notes");
    Files.setPosixFilePermissions(markdown, PosixFilePermissions.fromString("r--r--r--"));

    AppRunner.Result result = AppRunner.in(folder).run("export", Demo.IMAGE_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app export: will not replace " + markdown
        + ": it is read-only; make it writable or choose another name");
    assertThat(markdown).hasContent("my own notes");
    assertThat(filesIn(folder)).containsExactly(Demo.IMAGE_FAQ + ".md");
  }

  @Test
  void replaces_existing_writable_files() throws IOException {
    Files.writeString(folder.resolve(Demo.IMAGE_FAQ + ".md"), "old");
    Files.writeString(folder.resolve(Demo.IMAGE_FILE), "old");

    AppRunner.Result result = AppRunner.in(folder).run("export", Demo.IMAGE_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve(Demo.IMAGE_FAQ + ".md")).content().startsWith("# Where do I find");
    assertThat(folder.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }
}
