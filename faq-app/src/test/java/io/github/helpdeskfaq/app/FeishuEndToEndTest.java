package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static io.github.helpdeskfaq.app.ImageCommandTest.filesIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The program on the Feishu adapter, against a simulated Feishu on 127.0.0.1: every exit code of the table. */
class FeishuEndToEndTest {

  @TempDir
  Path folder;

  private final FeishuSimulator server = SimulatedFeishu.start();

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  /**
   * The environment of a correctly configured program, with fast retries: a budget of 5 s, so that a 429 asking for
   * 7 s is not retried, and backoffs of 10 to 50 ms. No test here waits for a timeout, so the timeouts stay far above
   * what a loaded machine takes to answer on loopback.
   */
  Map<String, String> feishuEnvironment() {
    Map<String, String> env = SimulatedFeishu.environment(server);
    env.put("FEISHU_CONNECT_TIMEOUT_SECONDS", "10");
    env.put("FEISHU_READ_TIMEOUT_SECONDS", "10");
    env.put("FEISHU_CALL_TIMEOUT_SECONDS", "30");
    env.put("FEISHU_RETRY_MAX_ELAPSED_SECONDS", "5");
    env.put("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "0.01");
    env.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "0.05");
    return env;
  }

  private AppRunner.Result run(String... args) {
    return AppRunner.in(folder).env(feishuEnvironment()).run(args);
  }

  @Test
  void gets_a_faq_with_a_fresh_tenant_token_and_both_authorization_headers() {
    AppRunner.Result result = run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).startsWith("FAQ 6936004780707807231\nquestion:   问题\nanswer:     答案\n");
    assertThat(result.stderr()).isEmpty();
    SimulatedRequest token = server.takeRequest();
    assertThat(token.method()).isEqualTo("POST");
    assertThat(token.path()).isEqualTo(FeishuSimulator.TOKEN_PATH);
    SimulatedRequest faq = server.takeRequest();
    assertThat(faq.path()).isEqualTo("/open-apis/helpdesk/v1/faqs/" + Demo.SEED_FAQ);
    assertThat(faq.header("Authorization")).isEqualTo("Bearer t-simulated-1");
    assertThat(faq.header("X-Lark-Helpdesk-Authorization"))
        .isEqualTo(SimulatedFeishu.CREDENTIALS.helpdeskAuthorization());
  }

  @Test
  void prints_the_same_json_as_on_the_fake() {
    AppRunner.Result onFeishu = run("get", Demo.IMAGE_FAQ, "--format", "json");
    AppRunner.Result onFake = AppRunner.in(folder).run("get", Demo.IMAGE_FAQ, "--format", "json");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFeishu.stdout()).isEqualTo(onFake.stdout());
  }

  @Test
  void uses_a_given_tenant_access_token_instead_of_app_credentials() {
    Map<String, String> env = feishuEnvironment();
    env.remove("FEISHU_APP_ID");
    env.remove("FEISHU_APP_SECRET");
    env.put("FEISHU_TENANT_ACCESS_TOKEN", SimulatedFeishu.TENANT_TOKEN);

    AppRunner.Result result = AppRunner.in(folder).env(env).run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(server.takeRequest().path()).isEqualTo("/open-apis/helpdesk/v1/faqs/" + Demo.SEED_FAQ);
  }

  @Test
  void shows_the_link_the_image_and_what_it_does_not_know_of_documented_rich_text() {
    AppRunner.Result result = run("get", SimulatedFeishu.RICH_TEXT_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).contains("""
        rich text:  [text] Hold the button for ten seconds.
                    [line break]
                    [link] The reset guide (PDF) <https://example.com/guides/badge reader (v2).pdf>
                    [line break]
                    [image] img_b07ffac0-19c1-48a3-afca-599f8ea825fj 680x480
                    [table] (an element of a kind this program does not show)
                    [image] "img bad/key" (not a usable image key) 320x240
        """);
  }

  @Test
  void keeps_every_field_of_documented_and_unknown_rich_text_in_json() throws IOException {
    AppRunner.Result result = run("get", SimulatedFeishu.RICH_TEXT_FAQ, "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonReader reader = JsonReader.of(new Buffer().write(result.stdoutBytes()));
    Map<?, ?> json = (Map<?, ?>) reader.readJsonValue();
    assertThat(json.get("answer_richtext")).isEqualTo(List.of(
        Map.of("type", "text", "content", "Hold the button for ten seconds."),
        Map.of("type", "text", "content", ""),
        Map.of("type", "hyperlink", "text", "The reset guide (PDF)",
            "url", "https://example.com/guides/badge reader (v2).pdf"),
        Map.of("type", "text", "content", ""),
        Map.of("type", "img", "key", Demo.IMAGE_KEY, "src", "https://link.to.image/image.jpg",
            "width", "680", "height", "480"),
        Map.of("type", "table", "rows", List.of(List.of("LED", "meaning"), List.of("red", "reset needed")),
            "version", 2.0),
        Map.of("type", "img", "key", "img bad/key", "src", "https://link.to.image/odd.jpg",
            "width", "320", "height", "240")));
  }

  @Test
  void downloads_an_image() throws IOException {
    AppRunner.Result result = run("image", Demo.IMAGE_FAQ, Demo.IMAGE_KEY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void exports_a_faq_with_its_image() throws IOException {
    AppRunner.Result result = run("export", Demo.IMAGE_FAQ, "--dir", "out");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(folder.resolve("out").resolve(Demo.IMAGE_FAQ + ".md")).content()
        .contains("# Where do I find the helpdesk QR code?", "![image](" + Demo.IMAGE_FILE + ")");
    assertThat(folder.resolve("out").resolve(Demo.IMAGE_FILE)).hasBinaryContent(Demo.imageBytes());
  }

  @Test
  void exits_3_when_feishu_does_not_have_the_faq_or_the_image() throws IOException {
    AppRunner.Result faq = run("get", "6936004780707800000");
    AppRunner.Result image = run("image", Demo.IMAGE_FAQ, "img_gone");

    assertThat(faq.exitCode()).as(faq.toString()).isEqualTo(3);
    assertThat(faq.stderrLines()).containsExactly("faq-app get: not found: FAQ 6936004780707800000");
    assertThat(image.exitCode()).as(image.toString()).isEqualTo(3);
    assertThat(image.stderrLines())
        .containsExactly("faq-app image: not found: image img_gone of FAQ " + Demo.IMAGE_FAQ);
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void exits_4_when_feishu_denies_access() {
    AppRunner.Result result = run("get", "denied");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: access denied: ").contains("154003");
  }

  @Test
  void exits_4_when_the_helpdesk_token_is_wrong() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment())
        .env("FEISHU_HELPDESK_TOKEN", "not-the-helpdesk-token").run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stderrLines()).singleElement().asString().contains("access denied", "154001");
  }

  @Test
  void exits_4_when_the_app_secret_is_wrong() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment())
        .env("FEISHU_APP_SECRET", "not-the-app-secret").run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stderrLines()).singleElement().asString()
        .contains("access denied", "no tenant access token", "10014");
  }

  @Test
  void exits_5_on_a_server_error_after_retrying_it() {
    AppRunner.Result result = run("get", "broken");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: service unavailable: ").contains("155000").endsWith("(after 3 attempts)");
    assertThat(server.requestCount()).as("the token, then three attempts").isEqualTo(4);
  }

  @Test
  void retries_as_often_as_the_environment_says() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment()).env("FEISHU_RETRY_MAX_ATTEMPTS", "1")
        .run("get", "broken");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(server.requestCount()).as("the token, then one attempt").isEqualTo(2);
  }

  @Test
  void exits_2_naming_an_invalid_resilience_setting_before_any_request() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment())
        .env("FEISHU_CIRCUIT_FAILURE_RATE_PERCENT", "150").run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app get: invalid setting FEISHU_CIRCUIT_FAILURE_RATE_PERCENT: "
        + "circuitBreakerFailureRate: must be above 0 and at most 100 (percent), was 150.0");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void exits_5_on_a_gateways_html_page_in_one_line() {
    AppRunner.Result result = run("get", "gateway");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: service unavailable: ").contains("502");
  }

  @Test
  void exits_5_on_garbage_from_the_server() {
    AppRunner.Result result = run("get", "garbage");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app get: service unavailable: ");
  }

  @Test
  void exits_5_when_throttled_beyond_the_retry_budget_and_says_when_to_retry_once() {
    AppRunner.Result result = run("get", "throttled");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: service unavailable: ").contains("99991400").containsOnlyOnce("retry after 7 s");
    assertThat(server.requestCount()).as("the token, then one attempt: 7 s is beyond the 1 s budget")
        .isEqualTo(2);
  }

  @Test
  void exits_5_when_feishu_does_not_answer_in_time() {
    AppRunner.Result result = run("get", "silent");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app get: service unavailable: ");
  }

  @Test
  void exits_5_and_leaves_no_file_when_an_image_transfer_breaks_off() throws IOException {
    AppRunner.Result result = run("image", Demo.IMAGE_FAQ, SimulatedFeishu.BROKEN_IMAGE_KEY, "-o", "cut.png");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app image: service unavailable: ");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void exits_5_when_nothing_listens_at_the_base_url() {
    Map<String, String> env = feishuEnvironment();
    server.close();

    AppRunner.Result result = AppRunner.in(folder).env(env).run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
  }

  @Test
  void exits_1_when_feishu_rejects_the_request() {
    AppRunner.Result result = run("get", "rejected");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: the service rejected the request: ").contains("154000");
  }

  @Test
  void exits_1_on_a_code_the_adapter_does_not_know() {
    AppRunner.Result result = run("get", "novel");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: the service reported a failure: ").contains("1234567", "something new");
  }

  @Test
  void exits_2_naming_the_missing_setting_before_any_request() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment()).env("FEISHU_HELPDESK_TOKEN", " ")
        .run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app get: missing setting: FEISHU_HELPDESK_TOKEN");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void exits_2_for_an_invalid_id_before_any_request() {
    AppRunner.Result result = run("get", "6936004780707807231?x=1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void exits_2_for_an_invalid_image_key_naming_the_parameter_before_any_request() {
    AppRunner.Result result = run("image", Demo.IMAGE_FAQ, "img_1\r\nX-Evil: 1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app image: Invalid value for positional parameter at index 1 (<image-key>): image key ");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void exits_2_for_a_base_url_that_is_not_http() {
    AppRunner.Result result = AppRunner.in(folder).env(feishuEnvironment()).env("FEISHU_BASE_URL", "ftp://x")
        .run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: invalid setting FEISHU_BASE_URL: ");
  }

  /** Every path, failures included, with and without --verbose; each line is "args | extra env NAME=value". */
  @ParameterizedTest
  @ValueSource(strings = {
      "get 6936004780707807231 --format json |",
      "get denied |", "get rejected |", "get broken |", "get gateway |", "get garbage |", "get throttled |",
      "get silent |", "get novel |", "get scoped |", "get nothing-here |", "image 7000000000000000001 img_cut |",
      "get 6936004780707807231 | FEISHU_APP_SECRET=a-wrong-app-secret",
      "get 6936004780707807231 | FEISHU_HELPDESK_TOKEN=a-wrong-helpdesk-token",
      "get 6936004780707807231 | FEISHU_HELPDESK_ID=",
      "get 6936004780707807231 | FEISHU_TENANT_ACCESS_TOKEN=t-conflicting-token",
      "get 6936004780707807231 | FEISHU_READ_TIMEOUT_SECONDS=soon",
      "get echo |"})
  void never_prints_a_secret(String scenario) {
    String[] parts = scenario.split("\\|", -1);
    Map<String, String> env = feishuEnvironment();
    String extra = parts[1].strip();
    if (!extra.isEmpty()) {
      env.put(extra.substring(0, extra.indexOf('=')), extra.substring(extra.indexOf('=') + 1));
    }
    for (boolean verbose : new boolean[] {false, true}) {
      String args = parts[0].strip() + (verbose ? " --verbose" : "");
      AppRunner.Result result = AppRunner.in(folder).env(env).run(args.split(" "));

      String everything = result.stdout() + result.stderr();
      assertThat(everything).as(args).doesNotContain(SimulatedFeishu.CREDENTIALS.appSecret(),
          SimulatedFeishu.CREDENTIALS.helpdeskToken(), SimulatedFeishu.CREDENTIALS.helpdeskAuthorization(),
          "a-wrong-app-secret", "a-wrong-helpdesk-token", "t-conflicting-token");
    }
  }

  @Test
  void masks_a_secret_that_the_service_echoes_back() {
    AppRunner.Result result = run("get", SimulatedFeishu.ECHOING_FAQ);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines()).singleElement().asString()
        .contains("app secret **** is not for this tenant").doesNotContain(SimulatedFeishu.CREDENTIALS.appSecret());
  }
}
