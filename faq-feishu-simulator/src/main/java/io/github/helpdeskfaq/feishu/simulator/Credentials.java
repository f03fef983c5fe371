package io.github.helpdeskfaq.feishu.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The credentials a {@link FeishuSimulator} accepts: the app's, for tenant tokens, and the helpdesk's, for the
 * {@code X-Lark-Helpdesk-Authorization} header.
 *
 * @param appId the app's id
 * @param appSecret the app's secret
 * @param helpdeskId the helpdesk's id
 * @param helpdeskToken the helpdesk's token
 */
public record Credentials(String appId, String appSecret, String helpdeskId, String helpdeskToken) {

  /** Credentials for tests that need no others, and the standalone simulator's defaults: test values only. */
  public static final Credentials DEFAULT = new Credentials("cli_simulated_app", "app-secret-never-to-be-seen",
      "6939771743531696147", "ht-secret-helpdesk-token");

  /** Checks that nothing is null. */
  public Credentials {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appSecret, "appSecret");
    Objects.requireNonNull(helpdeskId, "helpdeskId");
    Objects.requireNonNull(helpdeskToken, "helpdeskToken");
  }

  /** The header's expected value: {@code base64(helpdesk_id:helpdesk_token)}. */
  public String helpdeskAuthorization() {
    return Base64.getEncoder().encodeToString((helpdeskId + ":" + helpdeskToken).getBytes(StandardCharsets.UTF_8));
  }

  /** The ids; the secrets masked. */
  @Override
  public String toString() {
    return "Credentials[appId=" + appId + ", appSecret=****, helpdeskId=" + helpdeskId + ", helpdeskToken=****]";
  }
}
