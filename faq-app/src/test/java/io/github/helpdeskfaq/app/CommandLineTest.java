package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the command line itself promises: help and version everywhere, usage errors as exit 2, adapter choice. */
class CommandLineTest {

  private static final String COMMANDS = "get, image, export, list, search, categories, sync, publish, create, "
      + "update, delete, category, login, logout, help";

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"", "get", "image", "export", "list", "search", "categories", "create", "update", "delete",
      "category", "category create", "category update", "category delete", "login", "logout"})
  void every_command_has_help_on_standard_output(String command) {
    AppRunner.Result result = AppRunner.in(folder).run(args(command, "--help"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("Usage: faq-app" + (command.isEmpty() ? "" : " " + command))
        .contains("--help", "--version", "Exit codes:", "3     not found (FAQ or image)",
            "141   output closed before a listing ended");
    assertThat(result.stderr()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "get", "image", "export", "list", "search", "categories", "create", "update", "delete",
      "category", "category create", "category update", "category delete", "login", "logout"})
  void every_command_has_a_version(String command) {
    AppRunner.Result result = AppRunner.in(folder).run(args(command, "--version"));

    assertThat(result.exitCode()).isZero();
    // Run from classes there is no manifest; the packaged jar prints its version.
    assertThat(result.stdout()).startsWith("faq-app (development build: not run from the packaged jar)\nJava ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "image", "export", "list", "search", "categories", "create", "update", "delete",
      "category create", "category update", "category delete"})
  void every_command_takes_the_adapter_option(String command) {
    AppRunner.Result result = AppRunner.in(folder).run(args(command, "--help"));

    assertThat(result.stdout()).contains("--adapter=fake|feishu", "--fake-data=FILE", "--verbose");
  }

  @Test
  void exits_2_without_a_command() {
    AppRunner.Result result = AppRunner.in(folder).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly("faq-app: Missing required subcommand (see 'faq-app --help')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "image", "export", "list", "search", "categories", "create", "update", "delete",
      "category", "login", "logout"})
  void help_shows_the_usage_of_a_command(String command) {
    AppRunner.Result help = AppRunner.in(folder).run("help", command);

    assertThat(help.exitCode()).as(help.toString()).isZero();
    assertThat(help.stdout()).startsWith("Usage: faq-app " + command)
        .isEqualTo(AppRunner.in(folder).run(command, "--help").stdout());
    assertThat(help.stderr()).isEmpty();
  }

  @Test
  void help_alone_shows_the_usage_with_every_command() {
    AppRunner.Result help = AppRunner.in(folder).run("help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).startsWith("Usage: faq-app").contains("Commands:", "  get ", "  image ", "  export ",
        "  list ", "  search ", "  categories ", "  create ", "  update ", "  delete ", "  category ", "  login ",
        "  logout ", "  help ");
  }

  @Test
  void help_on_an_unknown_command_exits_2_and_lists_the_commands() {
    AppRunner.Result help = AppRunner.in(folder).run("help", "gte");

    assertThat(help.exitCode()).isEqualTo(2);
    assertThat(help.stdout()).isEmpty();
    assertThat(help.stderrLines()).containsExactly("faq-app: unknown command 'gte' (did you mean 'get'?); the "
        + "commands are " + COMMANDS + " (see 'faq-app --help')");
  }

  @Test
  void an_unknown_command_lists_the_commands() {
    AppRunner.Result result = AppRunner.in(folder).run("remove", "1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderrLines()).containsExactly("faq-app: unknown command 'remove'; the commands are "
        + COMMANDS + " (see 'faq-app --help')");
  }

  @ParameterizedTest
  @CsvSource({"gte, get", "exprot, export", "img, image", "Image, image", "hlep, help", "lsit, list",
      "serach, search", "categroies, categories", "snyc, sync", "craete, create", "udpate, update",
      "dleete, delete", "catgory, category", "logni, login", "logotu, logout"})
  void an_unknown_command_suggests_the_closest_one(String typed, String suggested) {
    AppRunner.Result result = AppRunner.in(folder).run(typed, "1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app: unknown command '" + typed + "' (did you mean '"
        + suggested + "'?); the commands are " + COMMANDS + " (see 'faq-app --help')");
  }

  @Test
  void exits_2_for_an_unknown_option() {
    AppRunner.Result unknownOption = AppRunner.in(folder).run("get", "1", "--colour");

    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.stderrLines()).singleElement().asString()
        .isEqualTo("faq-app get: Unknown option: '--colour' (see 'faq-app get --help')");
  }

  @Test
  void exits_2_for_a_missing_argument() {
    AppRunner.Result result = AppRunner.in(folder).run("image", "1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString().contains("Missing required parameter",
        "<image-key>");
  }

  @Test
  void exits_2_for_an_unknown_adapter_option() {
    AppRunner.Result result = AppRunner.in(folder).run("get", "1", "--adapter", "sql");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly("faq-app get: unknown adapter 'sql' (from --adapter): expected fake or feishu");
  }

  @Test
  void exits_2_for_an_unknown_adapter_in_the_environment() {
    AppRunner.Result result = AppRunner.in(folder).env("FAQ_ADAPTER", "mongo").run("get", "1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly("faq-app get: unknown adapter 'mongo' (from FAQ_ADAPTER): expected fake or feishu");
  }

  @Test
  void takes_the_adapter_from_the_environment_and_the_option_wins() {
    AppRunner.Result fromOption = AppRunner.in(folder).env("FAQ_ADAPTER", "mongo")
        .run("get", Demo.SEED_FAQ, "--adapter", "FAKE");
    AppRunner.Result fromEnvironment = AppRunner.in(folder).env("FAQ_ADAPTER", "fake").run("get", Demo.SEED_FAQ);

    assertThat(fromOption.exitCode()).as(fromOption.toString()).isZero();
    assertThat(fromEnvironment.exitCode()).as(fromEnvironment.toString()).isZero();
  }

  @Test
  void exits_2_for_fake_data_with_another_adapter() {
    AppRunner.Result result = AppRunner.in(folder).run("get", "1", "--adapter", "feishu", "--fake-data", "x.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly("faq-app get: --fake-data works with the fake adapter only, but the adapter is feishu");
  }

  private static String[] args(String command, String option) {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
    args.add(option);
    return args.toArray(String[]::new);
  }
}
