package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the program says of Feishu's diagnostics, against a simulated Feishu on 127.0.0.1: on failure, and verbose. */
class FeishuDiagnosticsEndToEndTest {

  @TempDir
  Path folder;

  private final FeishuSimulator server = SimulatedFeishu.start();

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  private AppRunner.Result run(String... args) {
    return AppRunner.in(folder).env(SimulatedFeishu.environment(server)).run(args);
  }

  @Test
  void exits_4_when_feishu_refuses_for_a_missing_scope_and_says_which_where_to_grant_it_and_the_log_id() {
    AppRunner.Result result = run("get", SimulatedFeishu.SCOPE_MISSING_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stderrLines()).containsExactly(
        "faq-app get: access denied: Feishu denied access to FAQ scoped (HTTP 400): Access denied. One of the "
            + "following scopes is required: [helpdesk:all:readonly]. (code 99991672)",
        "faq-app get: missing scope: helpdesk:all:readonly",
        "faq-app get: help: https://open.feishu.cn/app/cli_e2e_app/auth?q=helpdesk:all:readonly&op_from=openapi"
            + "&token_type=tenant (apply for the scope)",
        "faq-app get: troubleshooter: https://open.feishu.cn/search?from=openapi&log_id="
            + SimulatedFeishu.SCOPE_MISSING_LOG_ID + "&code=99991672",
        "faq-app get: log id, for the service's support: " + SimulatedFeishu.SCOPE_MISSING_LOG_ID);
  }

  @Test
  void shows_each_requests_log_id_under_verbose_only() {
    AppRunner.Result verbose = run("get", SimulatedFeishu.LOGGED_FAQ, "--verbose");
    AppRunner.Result quiet = run("get", SimulatedFeishu.LOGGED_FAQ);

    assertThat(verbose.exitCode()).as(verbose.toString()).isZero();
    assertThat(verbose.stderrLines()).containsExactly(
        "faq-app get: Feishu log id " + SimulatedFeishu.LOG_ID + " (faq, success)");
    assertThat(verbose.stdout()).isEqualTo(quiet.stdout()).startsWith("FAQ 6936004780707807231\n");
    assertThat(quiet.stderr()).isEmpty();
  }
}
