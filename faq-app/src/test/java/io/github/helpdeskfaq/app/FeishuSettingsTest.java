package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeishuSettingsTest {

  private static final String APP_SECRET = "app-secret-for-settings-test";
  private static final String HELPDESK_TOKEN = "helpdesk-token-for-settings-test";

  private static Map<String, String> complete() {
    Map<String, String> env = new HashMap<>();
    env.put("FEISHU_APP_ID", "cli_settings");
    env.put("FEISHU_APP_SECRET", APP_SECRET);
    env.put("FEISHU_HELPDESK_ID", "42");
    env.put("FEISHU_HELPDESK_TOKEN", HELPDESK_TOKEN);
    return env;
  }

  private static Map<String, String> with(String name, String value) {
    Map<String, String> env = complete();
    env.put(name, value);
    return env;
  }

  private static Map<String, String> without(String... names) {
    Map<String, String> env = complete();
    for (String name : names) {
      env.remove(name);
    }
    return env;
  }

  @Test
  void defaults_to_feishu_and_never_shows_a_secret() {
    FeishuSettings settings = FeishuSettings.fromEnvironment(complete());

    assertThat(settings.toString()).contains("https://open.feishu.cn", "app id and secret", "42")
        .doesNotContain(APP_SECRET, HELPDESK_TOKEN);
    assertThat(settings.newRepository().toString())
        .contains("https://open.feishu.cn", "cli_settings").doesNotContain(APP_SECRET, HELPDESK_TOKEN);
  }

  @Test
  void takes_a_lark_base_url_and_a_tenant_token_instead_of_app_credentials() {
    Map<String, String> env = without("FEISHU_APP_ID", "FEISHU_APP_SECRET");
    env.put("FEISHU_TENANT_ACCESS_TOKEN", "t-given");
    env.put("FEISHU_BASE_URL", "https://open.larksuite.com");

    FeishuSettings settings = FeishuSettings.fromEnvironment(env);

    assertThat(settings.toString()).contains("https://open.larksuite.com", "tenant access token")
        .doesNotContain("t-given");
    assertThat(settings.newRepository().toString()).contains("open.larksuite.com", "caller-supplied");
  }

  @Test
  void names_the_one_missing_setting() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(without("FEISHU_HELPDESK_TOKEN")))
        .isInstanceOf(UsageException.class).hasMessage("missing setting: FEISHU_HELPDESK_TOKEN");
  }

  @Test
  void names_every_missing_setting_in_one_line() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(Map.of()))
        .hasMessage("missing settings: FEISHU_APP_ID and FEISHU_APP_SECRET (or FEISHU_TENANT_ACCESS_TOKEN), "
            + "FEISHU_HELPDESK_ID, FEISHU_HELPDESK_TOKEN");
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(without("FEISHU_APP_SECRET", "FEISHU_HELPDESK_ID")))
        .hasMessage("missing settings: FEISHU_APP_SECRET, FEISHU_HELPDESK_ID");
  }

  @Test
  void counts_a_blank_value_as_missing_and_trims_the_others() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_APP_ID", "  \t")))
        .hasMessage("missing setting: FEISHU_APP_ID");
    assertThat(FeishuSettings.fromEnvironment(with("FEISHU_APP_ID", " cli_trimmed\n")).newRepository().toString())
        .contains("appId=cli_trimmed,");
  }

  @Test
  void refuses_app_credentials_and_a_tenant_token_together() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_TENANT_ACCESS_TOKEN", "t-also")))
        .isInstanceOf(UsageException.class)
        .hasMessage("conflicting settings: set FEISHU_APP_ID and FEISHU_APP_SECRET, or FEISHU_TENANT_ACCESS_TOKEN, "
            + "not both");
  }

  @ParameterizedTest
  @CsvSource({"open.feishu.cn", "ftp://open.feishu.cn", "https://"})
  void refuses_a_base_url_that_is_not_http_naming_it(String url) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_BASE_URL", url)))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("invalid setting FEISHU_BASE_URL: expected an http or https URL")
        .hasMessageEndingWith("was '" + url + "'");
  }

  @Test
  void does_not_show_a_base_url_with_a_password() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_BASE_URL", "https://me:pa55word@host")))
        .hasMessageStartingWith("invalid setting FEISHU_BASE_URL: ").hasMessageNotContaining("pa55word");
  }

  @ParameterizedTest
  @CsvSource({"FEISHU_CONNECT_TIMEOUT_SECONDS, 2.5", "FEISHU_READ_TIMEOUT_SECONDS, 0",
      "FEISHU_CALL_TIMEOUT_SECONDS, 2147483.647", "FEISHU_CALL_TIMEOUT_SECONDS, 0.0001"})
  void accepts_timeouts_in_seconds_with_fractions_and_zero_for_no_limit(String variable, String value) {
    assertThat(FeishuSettings.fromEnvironment(with(variable, value)).newRepository()).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FEISHU_CONNECT_TIMEOUT_SECONDS | ten | expected a number of seconds, such as 10 or 2.5, was 'ten'",
      "FEISHU_READ_TIMEOUT_SECONDS | -1 | expected 0 to 2147483.647 seconds, was '-1'",
      "FEISHU_CALL_TIMEOUT_SECONDS | 1e10 | expected 0 to 2147483.647 seconds, was '1e10'"})
  void refuses_an_invalid_timeout_naming_the_variable(String variable, String value, String reason) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with(variable, value)))
        .isInstanceOf(UsageException.class).hasMessage("invalid setting " + variable + ": " + reason);
  }

  @Test
  void describes_every_variable_for_the_help() {
    assertThat(FeishuSettings.describe()).extracting(Map.Entry::getKey).contains("FEISHU_BASE_URL",
        "FEISHU_APP_ID, FEISHU_APP_SECRET", "FEISHU_HELPDESK_ID, FEISHU_HELPDESK_TOKEN",
        "FEISHU_CONNECT_TIMEOUT_SECONDS", "FEISHU_READ_TIMEOUT_SECONDS", "FEISHU_CALL_TIMEOUT_SECONDS");
  }
}
