package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.app.exit.SignInException;
import io.github.helpdeskfaq.app.exit.UsageException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user tokens of writes to Feishu come from, read from the environment; no token is ever part of a message
 * or of {@link #toString()}.
 *
 * <ul>
 *   <li>{@code FEISHU_USER_ACCESS_TOKEN}: a user access token, sent as it is and never refreshed (a short script).
 *       Not together with {@code FEISHU_USER_REFRESH_TOKEN}.</li>
 *   <li>Otherwise the file {@code FEISHU_USER_TOKEN_FILE} ({@link #defaultFile}), a {@link FileUserTokenStore} that
 *       {@code faq-app login} fills and every refresh rewrites with the rotated pair; it needs the app's credentials.
 *       {@code FEISHU_USER_REFRESH_TOKEN} fills it once, while it holds no tokens, for a machine without a browser:
 *       saved with an access token that expired long ago, so that the first write refreshes at once and the file
 *       holds the rotated pair from then on (the variable's token is then used up, and ignored).</li>
 * </ul>
 * Values are trimmed; a blank value counts as unset.
 */
public final class UserTokenSettings {

  static final String TOKEN_FILE = "FEISHU_USER_TOKEN_FILE";
  static final String REFRESH_TOKEN = "FEISHU_USER_REFRESH_TOKEN";
  static final String ACCESS_TOKEN = "FEISHU_USER_ACCESS_TOKEN";
  /** The access token saved with {@code FEISHU_USER_REFRESH_TOKEN}: expired at the epoch, so never sent. */
  static final String NOT_YET_REFRESHED = "not-yet-refreshed";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);
  private static final String LOGIN = "sign in with 'faq-app login'";

  private final Optional<String> accessToken;
  private final Optional<String> refreshToken;
  private final FileUserTokenStore store;

  private UserTokenSettings(Optional<String> accessToken, Optional<String> refreshToken, FileUserTokenStore store) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.store = store;
  }

  /** Every variable with what it means, for {@code faq-app --help}. */
  static List<Map.Entry<String, String>> describe() {
    return List.of(
        Map.entry(TOKEN_FILE, "where 'faq-app login' keeps the user tokens of writes, owner-only; default "
            + "helpdesk-faq/user-tokens in $XDG_CONFIG_HOME, else ~/.config (macOS: ~/Library/Application Support; "
            + "Windows: %APPDATA%)"),
        Map.entry(REFRESH_TOKEN, "a refresh token that starts an empty token file once, on a machine without a "
            + "browser"),
        Map.entry(ACCESS_TOKEN, "a user access token for writes, sent as it is and never refreshed, instead of the "
            + "token file"));
  }

  /**
   * Reads the settings; the default file is in this user's configuration folder.
   *
   * @param environment the program's environment
   * @return the settings
   * @throws UsageException if the file is not a usable path
   */
  public static UserTokenSettings fromEnvironment(Map<String, String> environment) {
    return fromEnvironment(environment, System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", "")));
  }

  static UserTokenSettings fromEnvironment(Map<String, String> environment, String osName, Path home) {
    Path file = value(environment, TOKEN_FILE).map(UserTokenSettings::path)
        .orElseGet(() -> defaultFile(environment, osName, home));
    try {
      return new UserTokenSettings(value(environment, ACCESS_TOKEN), value(environment, REFRESH_TOKEN),
          FileUserTokenStore.at(file));
    } catch (IllegalArgumentException notAFile) {
      throw new UsageException("invalid setting " + TOKEN_FILE + ": " + notAFile.getMessage(), notAFile);
    }
  }

  /**
   * The token file when {@code FEISHU_USER_TOKEN_FILE} is unset: {@code helpdesk-faq/user-tokens} in the user's
   * configuration folder, {@code $XDG_CONFIG_HOME} (when absolute) else {@code ~/.config} on Unix,
   * {@code %APPDATA%} on Windows, {@code ~/Library/Application Support} on macOS.
   */
  static Path defaultFile(Map<String, String> environment, String osName, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path folder;
    if (os.startsWith("windows")) {
      folder = value(environment, "APPDATA").map(Path::of).orElseGet(() -> home.resolve("AppData").resolve("Roaming"));
    } else if (os.startsWith("mac")) {
      folder = home.resolve("Library").resolve("Application Support");
    } else {
      folder = value(environment, "XDG_CONFIG_HOME").map(Path::of).filter(Path::isAbsolute)
          .orElseGet(() -> home.resolve(".config"));
    }
    return folder.resolve("helpdesk-faq").resolve("user-tokens");
  }

  /** The token file. @return its absolute path */
  public Path file() {
    return store.file();
  }

  /** Whether {@code FEISHU_USER_ACCESS_TOKEN} is set: writes send it, whatever the token file holds. */
  public boolean fixedToken() {
    return accessToken.isPresent();
  }

  /**
   * Removes the tokens from the file.
   *
   * @return whether there were any
   * @throws io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException if the file could not be removed
   */
  public boolean signOut() {
    boolean saved = Files.exists(store.file());
    store.clear();
    return saved;
  }

  /**
   * What to do when Feishu refuses a write for its user token: a sentence naming {@code faq-app login}.
   *
   * @return the sentence
   */
  public String remedyForRefusedWrite() {
    return fixedToken() ? ACCESS_TOKEN + " is sent as it is: set a fresh one, or unset it and " + LOGIN
        : "to sign in again, or as an agent of the helpdesk: faq-app login";
  }

  /**
   * Gives the builder the user tokens of writes, checked before any request: the fixed token, or the file (filled
   * from {@code FEISHU_USER_REFRESH_TOKEN} first when it holds no tokens).
   *
   * @param appCredentials whether the builder has the app's credentials, which refreshing needs
   * @throws UsageException if the variables conflict or a token is malformed
   * @throws SignInException if there are no user tokens: the message says how to sign in
   */
  void prepareWrites(FeishuHelpdesk.Builder builder, boolean appCredentials) {
    if (accessToken.isPresent()) {
      if (refreshToken.isPresent()) {
        throw new UsageException("conflicting settings: set " + ACCESS_TOKEN + " (a fixed token) or "
            + REFRESH_TOKEN + " (tokens that are refreshed), not both");
      }
      try {
        builder.userAccessToken(accessToken.get());
      } catch (IllegalArgumentException malformed) {
        throw new UsageException("invalid setting " + ACCESS_TOKEN + ": " + malformed.getMessage());
      }
      return;
    }
    if (!appCredentials) {
      throw new SignInException("writing needs a user's token: set " + ACCESS_TOKEN + ", or " + LOGIN + " (which "
          + "needs " + FeishuSettings.APP_ID + " and " + FeishuSettings.APP_SECRET + " instead of "
          + FeishuSettings.TENANT_ACCESS_TOKEN + ")");
    }
    refreshToken.ifPresent(this::startWith);
    if (store.load().isEmpty()) {
      throw new SignInException("not signed in: there are no user tokens in " + file() + "; " + LOGIN + " (or set "
          + REFRESH_TOKEN + " on a machine without a browser, or " + ACCESS_TOKEN + ")");
    }
    builder.userTokenStore(store);
  }

  /**
   * Gives the builder the token file for a sign-in.
   *
   * @throws UsageException without the app's credentials, which a sign-in needs
   */
  void prepareSignIn(FeishuHelpdesk.Builder builder, boolean appCredentials) {
    if (!appCredentials) {
      throw new UsageException("signing in needs the app's credentials, " + FeishuSettings.APP_ID + " and "
          + FeishuSettings.APP_SECRET + ", not " + FeishuSettings.TENANT_ACCESS_TOKEN);
    }
    builder.userTokenStore(store);
  }

  /** Saves the refresh token with an expired access token, under the file's lock, if the file holds no tokens. */
  private void startWith(String refresh) {
    UserTokens first;
    try {
      first = new UserTokens(NOT_YET_REFRESHED, Instant.EPOCH, Optional.of(refresh), Optional.empty());
    } catch (IllegalArgumentException malformed) {
      throw new UsageException("invalid setting " + REFRESH_TOKEN + ": must be a token without spaces or control "
          + "characters");
    }
    store.withLock(LOCK_TIMEOUT, () -> {
      if (store.load().isEmpty()) {
        store.save(first);
      }
      return null;
    });
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException notAPath) {
      throw new UsageException("invalid setting " + TOKEN_FILE + ": " + notAPath.getMessage(), notAPath);
    }
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(text -> !text.isEmpty());
  }

  /** The file and which variables are set; never a token. */
  @Override
  public String toString() {
    return "UserTokenSettings[file=" + file() + ", accessToken=" + (fixedToken() ? "****" : "unset")
        + ", refreshToken=" + (refreshToken.isPresent() ? "****" : "unset") + "]";
  }
}
