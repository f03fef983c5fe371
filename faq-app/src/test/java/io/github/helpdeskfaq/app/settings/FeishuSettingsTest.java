package io.github.helpdeskfaq.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.app.exit.UsageException;
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

    assertThat(settings.toString()).contains("https://open.feishu.cn", "appId=cli_settings", "helpdeskId=42")
        .doesNotContain(APP_SECRET, HELPDESK_TOKEN);
    assertThat(settings.newHelpdesk().toString())
        .contains("https://open.feishu.cn", "cli_settings").doesNotContain(APP_SECRET, HELPDESK_TOKEN);
  }

  @Test
  void takes_a_lark_base_url_and_a_tenant_token_instead_of_app_credentials() {
    Map<String, String> env = without("FEISHU_APP_ID", "FEISHU_APP_SECRET");
    env.put("FEISHU_TENANT_ACCESS_TOKEN", "t-given");
    env.put("FEISHU_BASE_URL", "https://open.larksuite.com");

    FeishuSettings settings = FeishuSettings.fromEnvironment(env);

    assertThat(settings.toString()).contains("https://open.larksuite.com", "tenantAccessTokenSource=set")
        .doesNotContain("t-given");
    assertThat(settings.newHelpdesk().toString()).contains("open.larksuite.com", "caller-supplied");
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
    assertThat(FeishuSettings.fromEnvironment(with("FEISHU_APP_ID", " cli_trimmed\n")).newHelpdesk().toString())
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
  void reports_the_adapters_refusal_of_a_base_url_naming_the_variable(String url) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_BASE_URL", url)))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid setting FEISHU_BASE_URL: baseUrl: not an absolute http or https URL");
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
    assertThat(FeishuSettings.fromEnvironment(with(variable, value)).newHelpdesk()).isNotNull();
  }

  @Test
  void rounds_fractions_of_a_millisecond_up() {
    assertThat(FeishuSettings.fromEnvironment(with("FEISHU_CALL_TIMEOUT_SECONDS", "0.0001")).builder().toString())
        .contains("callTimeout=PT0.001S");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FEISHU_CONNECT_TIMEOUT_SECONDS | ten | expected a number of seconds, such as 10 or 2.5, was 'ten'",
      "FEISHU_READ_TIMEOUT_SECONDS | -1 | readTimeout: must be from 0 ms to 2147483647 ms, was PT-1S",
      "FEISHU_CALL_TIMEOUT_SECONDS | 1e10 | callTimeout: must be from 0 ms to 2147483647 ms, was PT2777777H46M40S"})
  void refuses_an_invalid_timeout_naming_the_variable(String variable, String value, String reason) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with(variable, value)))
        .isInstanceOf(UsageException.class).hasMessage("invalid setting " + variable + ": " + reason);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FEISHU_RATE_LIMIT_PER_SECOND | 50 | rateLimit=25 per PT0.5S",
      "FEISHU_RATE_LIMIT_PER_SECOND | 7 | rateLimit=3 per PT0.428571429S",
      "FEISHU_RATE_LIMIT_PER_SECOND | 1 | rateLimit=1 per PT1S",
      "FEISHU_RATE_LIMIT_PER_SECOND | 2147483647 | rateLimit=1073741823 per PT0.5S",
      "FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS | 0 | maxWaitForPermit=PT0S",
      "FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS | 2.5 | maxWaitForPermit=PT2.5S",
      "FEISHU_RETRY_MAX_ATTEMPTS | 1 | retryMaxAttempts=1",
      "FEISHU_RETRY_MAX_ELAPSED_SECONDS | 0.25 | retryMaxElapsed=PT0.25S",
      "FEISHU_CIRCUIT_FAILURE_RATE_PERCENT | 12.5 | circuitBreakerFailureRate=12.5%",
      "FEISHU_CIRCUIT_OPEN_SECONDS | 0.001 | circuitBreakerOpenDuration=PT0.001S",
      "FEISHU_CIRCUIT_HALF_OPEN_CALLS | 5 | circuitBreakerHalfOpenCalls=5"})
  void sets_each_resilience_knob_on_the_adapter(String variable, String value, String shown) {
    FeishuSettings settings = FeishuSettings.fromEnvironment(with(variable, value));

    assertThat(settings.builder().toString()).contains(shown);
    assertThat(settings.newHelpdesk()).isNotNull();
  }

  @Test
  void leaves_every_resilience_setting_at_the_adapters_default_when_unset() {
    assertThat(FeishuSettings.fromEnvironment(complete()).builder().toString())
        .contains("rateLimit=25 per PT0.5S", "maxWaitForPermit=PT5S", "retryMaxAttempts=3", "retryBackoff=PT0.5S..PT5S",
            "retryMaxElapsed=PT10S", "circuitBreakerFailureRate=50.0%", "circuitBreakerWindow=20 calls (minimum 10)",
            "circuitBreakerOpenDuration=PT30S", "circuitBreakerHalfOpenCalls=3");
  }

  @Test
  void sets_the_pairs_together() {
    Map<String, String> env = with("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "0.1");
    env.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "2");
    env.put("FEISHU_CIRCUIT_WINDOW_CALLS", "8");
    env.put("FEISHU_CIRCUIT_MINIMUM_CALLS", "8");

    assertThat(FeishuSettings.fromEnvironment(env).builder().toString())
        .contains("retryBackoff=PT0.1S..PT2S", "circuitBreakerWindow=8 calls (minimum 8)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FEISHU_RATE_LIMIT_PER_SECOND | 2.5 | expected a whole number, such as 3, was '2.5'",
      "FEISHU_RATE_LIMIT_PER_SECOND | 99999999999 | expected a whole number, such as 3, was '99999999999'",
      "FEISHU_RETRY_MAX_ATTEMPTS | three | expected a whole number, such as 3, was 'three'",
      "FEISHU_RETRY_MAX_ELAPSED_SECONDS | soon | expected a number of seconds, such as 10 or 2.5, was 'soon'",
      "FEISHU_CIRCUIT_FAILURE_RATE_PERCENT | half | expected a number, such as 50, was 'half'"})
  void refuses_text_of_the_wrong_form_naming_the_variable(String variable, String value, String reason) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with(variable, value)))
        .isInstanceOf(UsageException.class).hasMessage("invalid setting " + variable + ": " + reason);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FEISHU_RATE_LIMIT_PER_SECOND | 0 | rateLimit: permitsPerPeriod: must be at least 1, was 0",
      "FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS | -1 | maxWaitForPermit: must be from 0 ms to 2147483647 ms, was PT-1S",
      "FEISHU_CIRCUIT_FAILURE_RATE_PERCENT | 0 | circuitBreakerFailureRate: must be above 0 and at most 100 "
          + "(percent), was 0.0",
      "FEISHU_CIRCUIT_FAILURE_RATE_PERCENT | 101 | circuitBreakerFailureRate: must be above 0 and at most 100 "
          + "(percent), was 101.0",
      "FEISHU_CIRCUIT_OPEN_SECONDS | 0 | circuitBreakerOpenDuration: must be from 1 ms to 2147483647 ms, was PT0S",
      "FEISHU_CIRCUIT_HALF_OPEN_CALLS | -3 | circuitBreakerHalfOpenCalls: must be at least 1, was -3"})
  void reports_the_adapters_refusal_of_a_value_naming_the_variable(String variable, String value, String reason) {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with(variable, value)))
        .isInstanceOf(UsageException.class).hasMessage("invalid setting " + variable + ": " + reason);
  }

  @Test
  void wants_both_of_a_pair_or_neither() {
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "3")))
        .isInstanceOf(UsageException.class)
        .hasMessage("incomplete settings: set FEISHU_RETRY_BACKOFF_INITIAL_SECONDS and "
            + "FEISHU_RETRY_BACKOFF_MAX_SECONDS together, or neither; only FEISHU_RETRY_BACKOFF_MAX_SECONDS is set");
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(with("FEISHU_CIRCUIT_WINDOW_CALLS", "30")))
        .isInstanceOf(UsageException.class)
        .hasMessage("incomplete settings: set FEISHU_CIRCUIT_WINDOW_CALLS and FEISHU_CIRCUIT_MINIMUM_CALLS "
            + "together, or neither; only FEISHU_CIRCUIT_WINDOW_CALLS is set");
  }

  @Test
  void refuses_a_pair_that_does_not_go_together_naming_both() {
    Map<String, String> backoff = with("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "2");
    backoff.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "1");
    Map<String, String> window = with("FEISHU_CIRCUIT_WINDOW_CALLS", "5");
    window.put("FEISHU_CIRCUIT_MINIMUM_CALLS", "6");

    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(backoff)).isInstanceOf(UsageException.class)
        .hasMessage("invalid settings FEISHU_RETRY_BACKOFF_INITIAL_SECONDS and FEISHU_RETRY_BACKOFF_MAX_SECONDS: "
            + "retryBackoff: max must not be shorter than initial, was PT1S < PT2S");
    assertThatThrownBy(() -> FeishuSettings.fromEnvironment(window)).isInstanceOf(UsageException.class)
        .hasMessage("invalid settings FEISHU_CIRCUIT_WINDOW_CALLS and FEISHU_CIRCUIT_MINIMUM_CALLS: "
            + "circuitBreakerWindow: minimumCalls must not exceed slidingWindowCalls, was 6 > 5");
  }

  @Test
  void describes_every_variable_for_the_help() {
    assertThat(FeishuSettings.describe()).extracting(Map.Entry::getKey).containsExactly("FEISHU_BASE_URL",
        "FEISHU_APP_ID, FEISHU_APP_SECRET", "FEISHU_HELPDESK_ID, FEISHU_HELPDESK_TOKEN",
        "FEISHU_CONNECT_TIMEOUT_SECONDS", "FEISHU_READ_TIMEOUT_SECONDS", "FEISHU_CALL_TIMEOUT_SECONDS",
        "FEISHU_RATE_LIMIT_PER_SECOND", "FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS", "FEISHU_RETRY_MAX_ATTEMPTS",
        "FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "FEISHU_RETRY_BACKOFF_MAX_SECONDS", "FEISHU_RETRY_MAX_ELAPSED_SECONDS",
        "FEISHU_CIRCUIT_FAILURE_RATE_PERCENT", "FEISHU_CIRCUIT_WINDOW_CALLS", "FEISHU_CIRCUIT_MINIMUM_CALLS",
        "FEISHU_CIRCUIT_OPEN_SECONDS", "FEISHU_CIRCUIT_HALF_OPEN_CALLS");
  }
}
