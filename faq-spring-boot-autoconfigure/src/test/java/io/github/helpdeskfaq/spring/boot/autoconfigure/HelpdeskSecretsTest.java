package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;

/** The starter's secrets are masked wherever Actuator would show them, by name and by value. */
class HelpdeskSecretsTest {

  private static final String SECRET = "app-secret-never-to-be-seen";

  private final HelpdeskSecrets secrets = new HelpdeskSecrets(() -> Arrays.asList(SECRET, null, "short"));

  private Object shown(String key, Object value) {
    return secrets.apply(data(key, value)).getValue();
  }

  private static SanitizableData data(String key, Object value) {
    return new SanitizableData(new MapPropertySource("test", java.util.Map.of()), key, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"helpdesk.feishu.app-secret", "helpdesk.feishu.appSecret", "HELPDESK_FEISHU_APPSECRET",
      "helpdesk.feishu.helpdesk-token", "helpdesk.feishu.user-access-token", "helpdesk.quota.redis-url",
      "spring.data.redis.password"})
  void masks_the_properties_that_hold_a_secret_in_any_form(String key) {
    assertThat(shown(key, "anything")).isEqualTo(SanitizableData.SANITIZED_VALUE);
  }

  @Test
  void masks_any_entry_that_holds_a_configured_secret_whatever_its_name() {
    assertThat(shown("FEISHU_APP_SECRET", SECRET)).isEqualTo(SanitizableData.SANITIZED_VALUE);
    assertThat(shown("some.url", "https://x/?s=" + SECRET)).isEqualTo(SanitizableData.SANITIZED_VALUE);
  }

  @Test
  void looks_for_secrets_of_six_characters_or_more_in_other_entries() {
    HelpdeskSecrets sixOrFive = new HelpdeskSecrets(() -> List.of("sixsix", "fivef"));

    assertThat(sixOrFive.apply(data("some.url", "https://x/?s=sixsix")).getValue())
        .isEqualTo(SanitizableData.SANITIZED_VALUE);
    assertThat(sixOrFive.apply(data("some.url", "https://x/?s=fivef")).getValue()).isEqualTo("https://x/?s=fivef");
  }

  @Test
  void leaves_an_entry_without_a_value_as_it_is() {
    assertThat(shown("helpdesk.feishu.app-id", null)).isNull();
  }

  @Test
  void leaves_everything_else_as_it_is() {
    assertThat(List.of(shown("helpdesk.feishu.app-id", "cli_1"), shown("helpdesk.feishu.base-url", "short"),
        shown("server.port", 8080))).containsExactly("cli_1", "short", 8080);
  }
}
