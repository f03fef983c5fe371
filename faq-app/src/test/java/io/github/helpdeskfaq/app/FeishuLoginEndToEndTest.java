package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app login} against a simulated Feishu on 127.0.0.1, the test playing the browser: the page it shows,
 * the loopback redirect, the {@code state} it checks, and what it does when no good redirect comes.
 */
class FeishuLoginEndToEndTest {

  @TempDir
  Path folder;

  private final FeishuSimulator server = SimulatedFeishu.start();

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  private Path tokenFile() {
    return folder.resolve("user-tokens");
  }

  private AppRunner app() {
    Map<String, String> env = SimulatedFeishu.environment(server);
    env.put("FEISHU_USER_TOKEN_FILE", tokenFile().toString());
    return AppRunner.in(folder).env(env);
  }

  @Test
  void shows_the_sign_in_page_receives_the_redirect_and_saves_the_tokens() {
    SignInBrowser browser = SignInBrowser.consenting();

    AppRunner.Result result = app().browser(browser).run("login", "--port", "0");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    String[] lines = result.stderrLines();
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("faq-app login: sign in to Feishu on this page, in a browser on this machine:");
    assertThat(lines[1]).contains("/open-apis/authen/v1/authorize?client_id=cli_e2e_app&redirect_uri="
        + "http%3A%2F%2F127.0.0.1%3A").contains("%2Fcallback&scope=helpdesk%3Aall%20offline_access&state=")
        .matches(".*&state=[A-Za-z0-9_-]{43}");
    assertThat(lines[2]).matches("faq-app login: opened it in the browser; waiting up to 300 s for the sign-in to "
        + "come back to http://127\\.0\\.0\\.1:\\d+/callback");
    assertThat(lines[3]).isEqualTo("faq-app login: signed in; the user tokens are saved in " + tokenFile());
    assertThat(browser.callbackPages()).singleElement().satisfies(page -> {
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Signed in");
    });
    assertThat(tokenFile()).content().contains("access_token=u-simulated-", "refresh_token=ur-simulated-");
  }

  @Test
  void a_redirect_without_this_sign_ins_state_is_refused_and_its_code_is_never_used() {
    SignInBrowser forged = SignInBrowser.redirectedTo(location -> location.replaceFirst("state=[^&]*", "state=forged"));

    AppRunner.Result result = app().browser(forged).run("login", "--port", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.lastStderrLine()).isEqualTo("faq-app login: the redirect did not carry this sign-in's "
        + "state, so its code was not used: nothing was saved; run 'faq-app login' again");
    assertThat(forged.callbackPages()).singleElement().satisfies(page -> assertThat(page.statusCode()).isEqualTo(400));
    assertThat(tokenFile()).doesNotExist();
  }

  @Test
  void a_sign_in_refused_in_the_browser_saves_nothing() {
    SignInBrowser refusing = SignInBrowser.redirectedTo(location -> location.replaceFirst("code=[^&]*",
        "error=access_denied"));

    AppRunner.Result result = app().browser(refusing).run("login", "--port", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.lastStderrLine()).isEqualTo("faq-app login: the sign-in was not granted (access_denied): "
        + "nothing was saved; run 'faq-app login' again");
    assertThat(tokenFile()).doesNotExist();
  }

  @Test
  void without_a_redirect_in_time_it_ends_with_exit_4_and_opens_no_browser_when_told_not_to() {
    AppRunner.Result result = app().browser(page -> {
      throw new AssertionError("--no-browser opened " + page);
    }).run("login", "--port", "0", "--timeout", "0.05", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stderrLines()[2]).startsWith("faq-app login: waiting up to 0.05 s for the sign-in");
    assertThat(result.lastStderrLine()).isEqualTo("faq-app login: no sign-in arrived within 0.05 s (--timeout): "
        + "nothing was saved; run 'faq-app login' again");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void a_port_in_use_is_a_usage_error() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      AppRunner.Result result = app().run("login", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app login: cannot receive the "
          + "sign-in on 127.0.0.1:" + taken.getLocalPort()).endsWith("; choose another --port, and register "
          + "http://127.0.0.1:<port>/callback as a redirect URL of the app");
    }
  }

  @Test
  void signing_in_needs_the_apps_credentials() {
    Map<String, String> env = SimulatedFeishu.environment(server);
    env.remove("FEISHU_APP_ID");
    env.remove("FEISHU_APP_SECRET");
    env.put("FEISHU_TENANT_ACCESS_TOKEN", SimulatedFeishu.TENANT_TOKEN);

    AppRunner.Result result = AppRunner.in(folder).env(env).run("login");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app login: signing in needs the app's credentials, "
        + "FEISHU_APP_ID and FEISHU_APP_SECRET, not FEISHU_TENANT_ACCESS_TOKEN");
  }
}
