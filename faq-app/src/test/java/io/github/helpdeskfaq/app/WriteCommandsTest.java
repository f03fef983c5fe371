package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands that write, on a fake that the test holds: what they send, print and refuse before any call. */
class WriteCommandsTest {

  private static final FaqId PRINTING = FaqId.of("7000000000000000010");
  private static final ImageKey PRINTER = ImageKey.of("img_printer");
  private static final CategoryId OFFICE = CategoryId.of("7100000000000000100");
  private static final CategoryId NETWORK = CategoryId.of("7100000000000000200");

  @TempDir
  Path folder;

  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .category(Category.of(OFFICE, "Office"))
      .category(Category.of(NETWORK, "Network"))
      .faq(Faq.builder(PRINTING).question("How do I print?").answer("Add the printer.")
          .answerRichText(List.of(RichTextElement.text("Add the printer:"), RichTextElement.image(PRINTER)))
          .categories(List.of(Category.of(OFFICE, "Office"))).tags(List.of("printing")).build())
      .image(PRINTING, PRINTER, "image/png", new byte[] {1, 2, 3})
      .build();

  private AppRunner app() {
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> fake);
  }

  @Test
  void create_prints_the_new_id_and_nothing_else_and_sends_the_answer_as_text_and_as_rich_text() {
    AppRunner.Result result = app().run("create", "--question", "How do I reset my badge?", "--answer",
        "Hold the button.\nWait ten seconds.", "--category", NETWORK.value(), "--tag", "badge", "--tag", "reset");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).matches("\\d{19}\n");
    Faq created = fake.findById(FaqId.of(result.stdout().strip())).orElseThrow();
    assertThat(created.question()).contains("How do I reset my badge?");
    assertThat(created.answer()).contains("Hold the button.\nWait ten seconds.");
    assertThat(created.answerRichText()).containsExactly(RichTextElement.text("Hold the button."),
        RichTextElement.text(""), RichTextElement.text("Wait ten seconds."));
    assertThat(created.categories()).extracting(Category::id).containsExactly(Optional.of(NETWORK));
    assertThat(created.tags()).containsExactly("badge", "reset");
  }

  @Test
  void create_reads_a_markdown_answer_into_rich_text_with_its_links_as_plain_text_too() throws IOException {
    Files.writeString(folder.resolve("answer.md"), "Open the portal\\\nand see [the guide](https://example.com/g).\n",
        StandardCharsets.UTF_8);

    AppRunner.Result result = app().run("create", "--question", "Where is the guide?", "--answer-file", "answer.md");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Faq created = fake.findById(FaqId.of(result.stdout().strip())).orElseThrow();
    assertThat(created.answerRichText()).containsExactly(RichTextElement.text("Open the portal"),
        RichTextElement.text(""), RichTextElement.text("and see "),
        RichTextElement.hyperlink("the guide", "https://example.com/g"), RichTextElement.text("."));
    assertThat(created.answer()).contains("Open the portal\nand see the guide (https://example.com/g).");
  }

  @Test
  void update_changes_only_the_fields_it_names() {
    AppRunner.Result result = app().run("update", PRINTING.value(), "--question", "How do I print in colour?",
        "--no-tags");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    Faq changed = fake.findById(PRINTING).orElseThrow();
    assertThat(changed.question()).contains("How do I print in colour?");
    assertThat(changed.tags()).isEmpty();
    assertThat(changed.answer()).contains("Add the printer.");
    assertThat(changed.answerRichText()).hasSize(2);
    assertThat(changed.categories()).extracting(Category::id).containsExactly(Optional.of(OFFICE));
  }

  @Test
  void an_updated_markdown_answer_shows_an_image_the_faq_has_by_its_file_name() throws IOException {
    Files.writeString(folder.resolve("answer.md"), "Add this printer:\n![image](faqs/img_printer.png)\n",
        StandardCharsets.UTF_8);

    AppRunner.Result result = app().run("update", PRINTING.value(), "--answer-file", "answer.md");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(fake.findById(PRINTING).orElseThrow().answerRichText()).containsExactly(
        RichTextElement.text("Add this printer:"), RichTextElement.text(""), RichTextElement.image(PRINTER));
  }

  @Test
  void an_answer_that_shows_an_image_the_faq_lacks_is_exit_2_and_nothing_is_written() throws IOException {
    Files.writeString(folder.resolve("answer.md"), "See:\n![image](img_elsewhere.png)\n", StandardCharsets.UTF_8);

    AppRunner.Result update = app().run("update", PRINTING.value(), "--answer-file", "answer.md");
    AppRunner.Result create = app().run("create", "--question", "Q?", "--answer-file", "answer.md");

    assertThat(update.exitCode()).isEqualTo(2);
    assertThat(update.stderrLines()).containsExactly("faq-app update: answer.md:2: the image \"img_elsewhere.png\" is "
        + "not an image of this FAQ; an answer can show only the FAQ's own images");
    assertThat(create.exitCode()).isEqualTo(2);
    assertThat(fake.writeCalls()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "update 1/2 --question Q|Invalid value for positional parameter at index 0 (<faq-id>)",
      "create --question Q --answer A --category 7100/x|Invalid value for option '--category'",
      "update 1 --category ../x|Invalid value for option '--category'",
      "category create Name --parent a?b|Invalid value for option '--parent'",
      "category update x:y --name N|Invalid value for positional parameter at index 0 (<category-id>)",
      "category delete x:y --yes|Invalid value for positional parameter at index 0 (<category-id>)",
      "category create Name --lang e|Invalid value for option '--language'",
      "create --question Q|Missing required argument (specify one of these): (--answer=TEXT | --answer-file=FILE)",
      "create --question Q --answer A --answer-file a.md|mutually exclusive",
      "create --question Q --answer A --tag t --tag t|invalid input: tags must not repeat",
      "update 1|nothing to change: give at least one of --question, --answer, --answer-file, --category, --tag",
      "update 1 --tag t --no-tags|mutually exclusive",
      "category update 1|nothing to change: give --name, --parent or both",
      "create --question Q --answer-file missing.md|cannot read --answer-file missing.md: no such file"})
  void refuses_bad_input_with_exit_2_before_any_call(String commandLine, String message) {
    AppRunner.Result result = app().run(commandLine.split(" "));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString().contains(message);
    assertThat(fake.calls()).isEmpty();
    assertThat(fake.writeCalls()).isEmpty();
  }

  @Test
  void refuses_markdown_the_rich_text_cannot_hold_naming_the_file_and_line() throws IOException {
    Files.writeString(folder.resolve("answer.md"), "Fine\nThis is *bold*\n", StandardCharsets.UTF_8);

    AppRunner.Result result = app().run("update", PRINTING.value(), "--answer-file", "answer.md");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app update: answer.md:2: '*' would be emphasis");
    assertThat(fake.calls()).isEmpty();
  }

  @Test
  void delete_with_yes_deletes_without_asking() {
    AppRunner.Result result = app().run("delete", PRINTING.value(), "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(fake.findById(PRINTING)).isEmpty();
  }

  @Test
  void delete_without_yes_and_without_a_terminal_is_exit_2_before_any_call() {
    AppRunner.Result result = app().run("delete", PRINTING.value());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app delete: will not delete FAQ " + PRINTING + " without "
        + "asking, and standard input is not a terminal to ask at: add --yes to delete it without asking");
    assertThat(fake.calls()).isEmpty();
    assertThat(fake.findById(PRINTING)).isPresent();
  }

  @Test
  void delete_in_a_terminal_shows_the_question_and_deletes_only_on_yes() {
    AppRunner declining = app().terminal("n");
    AppRunner.Result declined = declining.run("delete", PRINTING.value());

    assertThat(declining.questions()).containsExactly("Delete FAQ " + PRINTING + " \"How do I print?\"? [y/N] ");
    assertThat(declined.exitCode()).isZero();
    assertThat(declined.stderrLines()).containsExactly("faq-app delete: nothing deleted");
    assertThat(fake.findById(PRINTING)).isPresent();

    AppRunner.Result agreed = app().terminal(" Yes ").run("delete", PRINTING.value());

    assertThat(agreed.exitCode()).as(agreed.toString()).isZero();
    assertThat(fake.findById(PRINTING)).isEmpty();
  }

  @Test
  void deleting_or_updating_a_faq_that_does_not_exist_is_exit_3() {
    AppRunner.Result delete = app().run("delete", "404", "--yes");
    AppRunner.Result update = app().run("update", "404", "--question", "Q?");

    assertThat(delete.exitCode()).isEqualTo(3);
    assertThat(delete.stderrLines()).containsExactly("faq-app delete: not found: FAQ 404");
    assertThat(update.exitCode()).isEqualTo(3);
  }

  @Test
  void category_create_update_and_delete() {
    AppRunner.Result created = app().run("category", "create", "Printers", "--parent", OFFICE.value(),
        "--lang", "en_us");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.stdout()).matches("\\d{19}\n");
    CategoryId id = CategoryId.of(created.stdout().strip());
    assertThat(fake.findCategory(id).orElseThrow()).satisfies(category -> {
      assertThat(category.name()).contains("Printers");
      assertThat(category.parentId()).contains(OFFICE);
      assertThat(category.language()).contains("en_us");
    });

    AppRunner.Result updated = app().run("category", "update", id.value(), "--name", "Printers and scanners",
        "--parent", NETWORK.value());

    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    assertThat(fake.findCategory(id).orElseThrow().name()).contains("Printers and scanners");
    assertThat(fake.findCategory(id).orElseThrow().parentId()).contains(NETWORK);

    AppRunner asking = app().terminal("y");
    AppRunner.Result deleted = asking.run("category", "delete", id.value());

    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(asking.questions()).containsExactly("Delete category " + id + " \"Printers and scanners\"? [y/N] ");
    assertThat(fake.findCategory(id)).isEmpty();
  }

  @Test
  void category_alone_is_a_usage_error() {
    AppRunner.Result result = app().run("category");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly(
        "faq-app category: Missing required subcommand (see 'faq-app category --help')");
  }

  @Test
  void the_demo_fake_writes_for_as_long_as_the_program_runs() {
    AppRunner.Result created = AppRunner.in(folder).run("create", "--question", "Q?", "--answer", "A.");
    AppRunner.Result lookedUp = AppRunner.in(folder).run("get", created.stdout().strip());

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(lookedUp.exitCode()).isEqualTo(3);
  }
}
