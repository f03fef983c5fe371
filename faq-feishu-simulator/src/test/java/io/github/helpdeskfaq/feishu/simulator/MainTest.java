package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone simulator's command line, run in-process: what it prints, what it serves, how it refuses. */
class MainTest {

  @TempDir
  Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Main.Launch launch;

  @AfterEach
  void stop() {
    if (launch != null && launch.simulator() != null) {
      launch.simulator().close();
    }
  }

  @Test
  void prints_its_base_url_first_and_serves_the_data_to_the_credentials_given() throws IOException {
    Path data = Files.writeString(folder.resolve("faqs.json"),
        "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"42\",\"question\":\"Why?\"}}}");

    launch("--port", "0", "--data", data.toString(), "--app-id=cli_team", "--app-secret", "s3cret",
        "--helpdesk-id", "desk", "--helpdesk-token", "desk-token");

    String baseUrl = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:[0-9]+").isEqualTo(launch.simulator().baseUrl()
        .replaceFirst("/$", ""));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    HttpResponse<byte[]> token = Http.send(HttpRequest.newBuilder(URI.create(baseUrl
        + FeishuSimulator.TOKEN_PATH)).POST(HttpRequest.BodyPublishers.ofString(
        "{\"app_id\":\"cli_team\",\"app_secret\":\"s3cret\"}")).build());
    assertThat(token.statusCode()).isEqualTo(200);
    assertThat(launch.simulator().credentials().helpdeskAuthorization())
        .isEqualTo(new Credentials("cli_team", "s3cret", "desk", "desk-token").helpdeskAuthorization());
    assertThat(new Http(launch.simulator()).text("open-apis/helpdesk/v1/faqs/42")).contains("\"question\":\"Why?\"");
  }

  @Test
  void accepts_the_default_credentials_without_options() {
    launch();

    assertThat(launch.simulator().credentials()).isEqualTo(Credentials.DEFAULT);
    assertThat(launch.simulator().helpdesk().toString()).startsWith("FakeHelpdesk[0 FAQs");
  }

  @Test
  void prints_the_usage_with_the_defaults_for_help() {
    launch("--help");

    assertThat(launch.simulator()).isNull();
    assertThat(launch.exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar faq-feishu-simulator.jar")
        .contains("--port PORT", "default " + Credentials.DEFAULT.appId(), Credentials.DEFAULT.helpdeskToken());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--port | --port needs a value",
      "--port 70000 | --port must be a number from 0 to 65535, was '70000'",
      "--port 1 --port 2 | --port is given twice",
      "--colour blue | unknown option --colour",
      "serve | unexpected argument 'serve'",
      "--app-id= | --app-id must not be blank",
      "--data missing.json | cannot use --data missing.json: cannot read missing.json: no such file"})
  void refuses_bad_arguments_with_one_line_and_exit_code_2(String args, String problem) {
    launch(args.split(" "));

    assertThat(launch.simulator()).isNull();
    assertThat(launch.exitCode()).isEqualTo(Main.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
        .startsWith("faq-feishu-simulator: " + problem);
  }

  @Test
  void refuses_a_data_file_that_is_not_feishus_format_in_one_line() throws IOException {
    Path data = Files.writeString(folder.resolve("faqs.json"), "{\n  \"code\": 0,\n  \"data\": [\n}");

    launch("--data", data.toString());

    assertThat(launch.exitCode()).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
        .startsWith("faq-feishu-simulator: cannot use --data " + data + ": not a Feishu FAQ document: ");
  }

  @Test
  void says_so_when_the_port_is_taken() {
    try (FeishuSimulator taken = FeishuSimulator.start()) {
      launch("--port", String.valueOf(URI.create(taken.baseUrl()).getPort()));
    }

    assertThat(launch.exitCode()).isEqualTo(Main.CANNOT_LISTEN);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("faq-feishu-simulator: cannot listen on 127.0.0.1:");
  }

  private void launch(String... args) {
    launch = Main.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
