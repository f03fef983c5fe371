package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A user's sign-in, for the writes of a {@link FeishuHelpdesk} (OAuth's authorization code, "获取授权码",
 * https://open.feishu.cn/document/common-capabilities/sso/api/obtain-oauth-code): send the user to
 * {@link #authorizeUrl}; the platform redirects to {@code redirectUri} with {@code code} and the {@code state} given
 * (check it); {@link #complete} exchanges the code for tokens and saves them in the helpdesk's user token store.
 * The app must have the scope {@code helpdesk:all} and, for tokens that are refreshed, {@code offline_access};
 * the redirect URL must be registered with the app. Get one from {@link FeishuHelpdesk#signIn()}.
 */
public final class FeishuSignIn {

  /** The scopes a sign-in asks for: writing the helpdesk, and a refresh token. */
  public static final String SCOPE = "helpdesk:all offline_access";

  private final HttpUrl accounts;
  private final String appId;
  private final UserTokenClient client;
  private final UserTokenStore store;

  FeishuSignIn(HttpUrl baseUrl, String appId, UserTokenClient client, UserTokenStore store) {
    this.accounts = accountsOf(baseUrl);
    this.appId = appId;
    this.client = client;
    this.store = store;
  }

  /**
   * Where to send the user: the platform's authorize page for this app (on {@code accounts.feishu.cn} for Feishu,
   * {@code accounts.larksuite.com} for Lark, the base URL itself for any other host, such as a simulator).
   *
   * @param redirectUri where the platform sends the code: registered with the app
   * @param state a value the redirect must carry back, unguessable, to check that the code is this sign-in's
   * @return the URL
   */
  public URI authorizeUrl(String redirectUri, String state) {
    Objects.requireNonNull(redirectUri, "redirectUri must not be null");
    Objects.requireNonNull(state, "state must not be null");
    return URI.create(accounts.resolve("open-apis/authen/v1/authorize") + "?client_id="
        + encode(appId) + "&redirect_uri=" + encode(redirectUri) + "&scope=" + encode(SCOPE) + "&state="
        + encode(state));
  }

  /**
   * Exchanges the code of the redirect for user tokens, and saves them in the store before returning.
   *
   * @param code the redirect's {@code code}; it works once, within minutes
   * @param redirectUri the same as given to {@link #authorizeUrl}
   * @return the tokens saved ({@link UserTokens#toString()} shows neither token)
   * @throws io.github.helpdeskfaq.domain.port.FaqAccessDeniedException if Feishu refused the code
   * @throws io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException if Feishu could not be reached
   * @throws io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException if the tokens could not be saved
   */
  public UserTokens complete(String code, String redirectUri) {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(redirectUri, "redirectUri must not be null");
    UserTokens tokens = client.exchange(code, redirectUri);
    store.save(tokens);
    return tokens;
  }

  private static HttpUrl accountsOf(HttpUrl baseUrl) {
    return switch (baseUrl.host()) {
      case "open.feishu.cn" -> baseUrl.newBuilder().host("accounts.feishu.cn").build();
      case "open.larksuite.com" -> baseUrl.newBuilder().host("accounts.larksuite.com").build();
      default -> baseUrl;
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "FeishuSignIn{appId=" + appId + ", store=" + store + "}";
  }
}
