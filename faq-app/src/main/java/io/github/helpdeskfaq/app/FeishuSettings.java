package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Feishu adapter's settings, read from the environment and checked before anything connects: a missing setting
 * is one line naming every missing variable, an invalid one a line naming the variable and why. Secret values are
 * never part of a message or of {@link #toString()}.
 *
 * <p>Required: {@code FEISHU_HELPDESK_ID} and {@code FEISHU_HELPDESK_TOKEN}, and either {@code FEISHU_APP_ID} with
 * {@code FEISHU_APP_SECRET} (the adapter fetches and renews the tenant token) or {@code FEISHU_TENANT_ACCESS_TOKEN}
 * (a token fetched elsewhere; it expires within two hours), not both. {@code FEISHU_BASE_URL} defaults to Feishu
 * (China); Lark (international) is {@code https://open.larksuite.com}. The optional {@link #KNOBS} tune the adapter;
 * when one is not set, the adapter's own default applies. Values are trimmed; a blank value counts as unset.
 */
final class FeishuSettings {

  static final String BASE_URL = "FEISHU_BASE_URL";
  static final String APP_ID = "FEISHU_APP_ID";
  static final String APP_SECRET = "FEISHU_APP_SECRET";
  static final String TENANT_ACCESS_TOKEN = "FEISHU_TENANT_ACCESS_TOKEN";
  static final String HELPDESK_ID = "FEISHU_HELPDESK_ID";
  static final String HELPDESK_TOKEN = "FEISHU_HELPDESK_TOKEN";

  /**
   * The optional settings: the environment variable, how to read it, and what it sets on the adapter's builder.
   * Adding one is one entry here and a row in the README's table.
   */
  static final List<Knob<?>> KNOBS = List.of(
      Knob.seconds("FEISHU_CONNECT_TIMEOUT_SECONDS", "to wait for a connection",
          FeishuFaqRepository.Builder::connectTimeout),
      Knob.seconds("FEISHU_READ_TIMEOUT_SECONDS", "to wait between two reads of an answer",
          FeishuFaqRepository.Builder::readTimeout),
      Knob.seconds("FEISHU_CALL_TIMEOUT_SECONDS", "a whole JSON call may take (not images)",
          FeishuFaqRepository.Builder::callTimeout));

  /**
   * Every variable with what it means, for {@code faq-app --help}; the README's table says the same at more length.
   *
   * @return pairs of variable name and description, in the order to show them
   */
  static List<Map.Entry<String, String>> describe() {
    List<Map.Entry<String, String>> lines = new ArrayList<>(List.of(
        Map.entry(BASE_URL, "default " + FeishuFaqRepository.FEISHU_BASE_URL + "; Lark: "
            + FeishuFaqRepository.LARK_BASE_URL),
        Map.entry(APP_ID + ", " + APP_SECRET, "the app's credentials (or " + TENANT_ACCESS_TOKEN + ")"),
        Map.entry(HELPDESK_ID + ", " + HELPDESK_TOKEN, "the helpdesk's credentials, required")));
    KNOBS.forEach(knob -> lines.add(Map.entry(knob.variable(), knob.description())));
    return List.copyOf(lines);
  }

  private final String baseUrl;
  private final Consumer<FeishuFaqRepository.Builder> credentials;
  private final boolean appCredentials;
  private final String helpdeskId;
  private final String helpdeskToken;
  private final List<Consumer<FeishuFaqRepository.Builder>> tuning;

  private FeishuSettings(String baseUrl, Consumer<FeishuFaqRepository.Builder> credentials, boolean appCredentials,
      String helpdeskId, String helpdeskToken, List<Consumer<FeishuFaqRepository.Builder>> tuning) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.appCredentials = appCredentials;
    this.helpdeskId = helpdeskId;
    this.helpdeskToken = helpdeskToken;
    this.tuning = List.copyOf(tuning);
  }

  /**
   * Reads the settings.
   *
   * @throws UsageException naming the missing variables, or the first invalid one
   */
  static FeishuSettings fromEnvironment(Map<String, String> environment) {
    Variables variables = new Variables(environment);
    String baseUrl = variables.optional(BASE_URL).map(FeishuSettings::requireHttpUrl)
        .orElse(FeishuFaqRepository.FEISHU_BASE_URL);
    Optional<String> token = variables.optional(TENANT_ACCESS_TOKEN);
    Optional<String> appId = variables.optional(APP_ID);
    Optional<String> appSecret = variables.optional(APP_SECRET);
    if (token.isPresent() && (appId.isPresent() || appSecret.isPresent())) {
      throw new UsageException("conflicting settings: set " + APP_ID + " and " + APP_SECRET + ", or "
          + TENANT_ACCESS_TOKEN + ", not both");
    }
    Optional<String> helpdeskId = variables.optional(HELPDESK_ID);
    Optional<String> helpdeskToken = variables.optional(HELPDESK_TOKEN);
    List<String> missing = new ArrayList<>();
    if (token.isEmpty() && appId.isEmpty() && appSecret.isEmpty()) {
      missing.add(APP_ID + " and " + APP_SECRET + " (or " + TENANT_ACCESS_TOKEN + ")");
    } else if (token.isEmpty()) {
      requirePresent(appId, APP_ID, missing);
      requirePresent(appSecret, APP_SECRET, missing);
    }
    requirePresent(helpdeskId, HELPDESK_ID, missing);
    requirePresent(helpdeskToken, HELPDESK_TOKEN, missing);
    if (!missing.isEmpty()) {
      throw new UsageException((missing.size() == 1 ? "missing setting: " : "missing settings: ")
          + String.join(", ", missing));
    }
    List<Consumer<FeishuFaqRepository.Builder>> tuning = new ArrayList<>();
    for (Knob<?> knob : KNOBS) {
      knob.read(variables).ifPresent(tuning::add);
    }
    Consumer<FeishuFaqRepository.Builder> credentials = token.isPresent()
        ? tokenSource(token.get())
        : builder -> builder.appCredentials(appId.get(), appSecret.get());
    return new FeishuSettings(baseUrl, credentials, token.isEmpty(), helpdeskId.get(), helpdeskToken.get(), tuning);
  }

  private static void requirePresent(Optional<String> value, String variable, List<String> missing) {
    if (value.isEmpty()) {
      missing.add(variable);
    }
  }

  private static Consumer<FeishuFaqRepository.Builder> tokenSource(String token) {
    return builder -> builder.tenantAccessTokenSource(() -> token);
  }

  /**
   * Builds the adapter.
   *
   * @throws UsageException if the adapter refuses the settings
   */
  FeishuFaqRepository newRepository() {
    try {
      FeishuFaqRepository.Builder builder = FeishuFaqRepository.builder()
          .baseUrl(baseUrl)
          .helpdeskCredentials(helpdeskId, helpdeskToken);
      credentials.accept(builder);
      tuning.forEach(setting -> setting.accept(builder));
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException refused) {
      // Checked above already; the adapter's own check is the backstop. Its messages carry no secret.
      throw new UsageException("invalid Feishu settings: " + refused.getMessage(), refused);
    }
  }

  private static String requireHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
        return value;
      }
    } catch (URISyntaxException notAUri) {
      // Reported below, with the variable's name.
    }
    // A URL with user info may carry a password: not shown.
    String shown = value.contains("@") ? "a URL with a user name or password" : "'" + value + "'";
    throw new UsageException("invalid setting " + BASE_URL + ": expected an http or https URL without user info, "
        + "such as " + FeishuFaqRepository.FEISHU_BASE_URL + ", was " + shown);
  }

  @Override
  public String toString() {
    return "FeishuSettings[baseUrl=" + baseUrl + ", credentials="
        + (appCredentials ? "app id and secret" : "tenant access token") + ", helpdeskId=" + helpdeskId
        + ", helpdeskToken=****, " + tuning.size() + " optional settings]";
  }

  /** The environment, trimmed, with blank values counting as unset. */
  private record Variables(Map<String, String> environment) {
    Optional<String> optional(String name) {
      return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
  }

  /**
   * An optional setting of the adapter.
   *
   * @param variable the environment variable
   * @param description what it sets, for the help
   * @param parse reads the value; throws {@link IllegalArgumentException} saying what is expected
   * @param apply sets the value on the builder
   * @param <T> the value's type
   */
  record Knob<T>(String variable, String description, Function<String, T> parse,
      BiConsumer<FeishuFaqRepository.Builder, T> apply) {

    /** OkHttp keeps timeouts as int milliseconds. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Integer.MAX_VALUE, 3);

    /** A timeout in seconds, fractions allowed ({@code 2.5}); {@code 0} means no limit, as in the adapter. */
    static Knob<Duration> seconds(String variable, String what,
        BiConsumer<FeishuFaqRepository.Builder, Duration> apply) {
      return new Knob<>(variable, "seconds " + what + "; 0: no limit", Knob::timeoutSeconds, apply);
    }

    private static Duration timeoutSeconds(String value) {
      BigDecimal seconds;
      try {
        seconds = new BigDecimal(value);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException("expected a number of seconds, such as 10 or 2.5");
      }
      if (seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
        throw new IllegalArgumentException("expected 0 to " + MAX_SECONDS.toPlainString() + " seconds");
      }
      return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.UP).longValueExact());
    }

    Optional<Consumer<FeishuFaqRepository.Builder>> read(Variables variables) {
      return variables.optional(variable).map(value -> {
        T parsed;
        try {
          parsed = parse.apply(value);
        } catch (IllegalArgumentException invalid) {
          throw new UsageException("invalid setting " + variable + ": " + invalid.getMessage() + ", was '"
              + value + "'");
        }
        return builder -> apply.accept(builder, parsed);
      });
    }
  }
}
