package io.github.helpdeskfaq.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.app.exit.SignInException;
import io.github.helpdeskfaq.app.exit.UsageException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the user tokens of writes come from: the variables, the token file's default place, and their checks. */
class UserTokenSettingsTest {

  private static final String ACCESS = "u-access-token-never-shown";
  private static final String REFRESH = "ur-refresh-token-never-shown";
  private static final Path HOME = Path.of("/home/agent");

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Linux      | XDG_CONFIG_HOME=/xdg | /xdg/helpdesk-faq/user-tokens",
      "Linux      | XDG_CONFIG_HOME=xdg  | /home/agent/.config/helpdesk-faq/user-tokens",
      "Linux      | -                    | /home/agent/.config/helpdesk-faq/user-tokens",
      "FreeBSD    | -                    | /home/agent/.config/helpdesk-faq/user-tokens",
      "Mac OS X   | XDG_CONFIG_HOME=/xdg | /home/agent/Library/Application Support/helpdesk-faq/user-tokens",
      "Windows 11 | APPDATA=/roaming     | /roaming/helpdesk-faq/user-tokens",
      "Windows 11 | -                    | /home/agent/AppData/Roaming/helpdesk-faq/user-tokens"})
  void the_default_token_file_is_in_the_users_configuration_folder(String os, String variable, String expected) {
    Map<String, String> env = new HashMap<>();
    if (variable != null) {
      env.put(variable.split("=")[0], variable.split("=")[1]);
    }

    assertThat(UserTokenSettings.fromEnvironment(env, os, HOME).file()).isEqualTo(Path.of(expected));
  }

  @Test
  void the_token_file_variable_wins() {
    Path file = folder.resolve("tokens");

    assertThat(UserTokenSettings.fromEnvironment(Map.of("FEISHU_USER_TOKEN_FILE", " " + file + " ",
        "XDG_CONFIG_HOME", "/xdg"), "Linux", HOME).file()).isEqualTo(file);
  }

  @Test
  void a_refresh_token_starts_an_empty_file_with_an_access_token_that_has_expired() {
    Path file = folder.resolve("tokens");

    settings(Map.of("FEISHU_USER_REFRESH_TOKEN", REFRESH), file).prepareWrites(FeishuHelpdesk.builder(), true);

    assertThat(FileUserTokenStore.at(file).load()).hasValueSatisfying(tokens -> {
      assertThat(tokens.refreshToken()).contains(REFRESH);
      assertThat(tokens.accessUsableAt(Instant.now())).isFalse();
    });
  }

  @Test
  void a_refresh_token_leaves_a_file_that_holds_tokens_alone() {
    Path file = folder.resolve("tokens");
    UserTokens saved = new UserTokens("u-saved", Instant.now().plusSeconds(3600), Optional.of("ur-saved"),
        Optional.empty());
    FileUserTokenStore.at(file).save(saved);

    settings(Map.of("FEISHU_USER_REFRESH_TOKEN", REFRESH), file).prepareWrites(FeishuHelpdesk.builder(), true);

    assertThat(FileUserTokenStore.at(file).load()).contains(saved);
  }

  @Test
  void a_fixed_access_token_and_a_refresh_token_conflict_before_the_file_is_touched() {
    Path file = folder.resolve("tokens");
    UserTokenSettings both = settings(Map.of("FEISHU_USER_ACCESS_TOKEN", ACCESS, "FEISHU_USER_REFRESH_TOKEN",
        REFRESH), file);

    assertThatThrownBy(() -> both.prepareWrites(FeishuHelpdesk.builder(), true)).isInstanceOf(UsageException.class)
        .hasMessage("conflicting settings: set FEISHU_USER_ACCESS_TOKEN (a fixed token) or FEISHU_USER_REFRESH_TOKEN "
            + "(tokens that are refreshed), not both");
    assertThat(file).doesNotExist();
  }

  @Test
  void a_malformed_token_is_a_usage_error_that_names_the_variable_and_not_the_value() {
    UserTokenSettings access = settings(Map.of("FEISHU_USER_ACCESS_TOKEN", "u-with space"), folder.resolve("a"));
    UserTokenSettings refresh = settings(Map.of("FEISHU_USER_REFRESH_TOKEN", "ur-with space"), folder.resolve("b"));

    assertThatThrownBy(() -> access.prepareWrites(FeishuHelpdesk.builder(), true))
        .hasMessageStartingWith("invalid setting FEISHU_USER_ACCESS_TOKEN: ").hasMessageNotContaining("with space");
    assertThatThrownBy(() -> refresh.prepareWrites(FeishuHelpdesk.builder(), true))
        .hasMessageStartingWith("invalid setting FEISHU_USER_REFRESH_TOKEN: ").hasMessageNotContaining("with space");
  }

  @Test
  void with_a_tenant_token_only_writes_need_a_fixed_user_token() {
    UserTokenSettings none = settings(Map.of(), folder.resolve("tokens"));

    assertThatThrownBy(() -> none.prepareWrites(FeishuHelpdesk.builder(), false))
        .isInstanceOf(SignInException.class)
        .hasMessage("writing needs a user's token: set FEISHU_USER_ACCESS_TOKEN, or sign in with 'faq-app login' "
            + "(which needs FEISHU_APP_ID and FEISHU_APP_SECRET instead of FEISHU_TENANT_ACCESS_TOKEN)");
  }

  @Test
  void shows_no_token() {
    UserTokenSettings settings = settings(Map.of("FEISHU_USER_ACCESS_TOKEN", ACCESS, "FEISHU_USER_REFRESH_TOKEN",
        REFRESH), folder.resolve("tokens"));

    assertThat(settings.toString()).contains("tokens", "accessToken=****", "refreshToken=****")
        .doesNotContain(ACCESS, REFRESH);
  }

  @Test
  void the_help_lists_the_variables_of_user_tokens() {
    assertThat(Adapters.variables()).extracting(Map.Entry::getKey).contains("FEISHU_USER_TOKEN_FILE",
        "FEISHU_USER_REFRESH_TOKEN", "FEISHU_USER_ACCESS_TOKEN");
  }

  private static UserTokenSettings settings(Map<String, String> variables, Path file) {
    Map<String, String> env = new HashMap<>(variables);
    env.put("FEISHU_USER_TOKEN_FILE", file.toString());
    return UserTokenSettings.fromEnvironment(env);
  }
}
