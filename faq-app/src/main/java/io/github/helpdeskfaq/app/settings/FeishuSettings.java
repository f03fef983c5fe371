package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.app.exit.UsageException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The Feishu adapter's settings, read from the environment and applied to the adapter's builder before anything
 * connects. This class reads each variable's text (a number of seconds, a whole number) and names the variable when
 * something is wrong; what a value may be is the builder's to say, and its refusal is reported as it is. Secret
 * values are never part of a message or of {@link #toString()}.
 *
 * <p>Required: {@code FEISHU_HELPDESK_ID} and {@code FEISHU_HELPDESK_TOKEN}, and either {@code FEISHU_APP_ID} with
 * {@code FEISHU_APP_SECRET} or {@code FEISHU_TENANT_ACCESS_TOKEN}, not both. The optional {@link #TUNING} variables
 * each set one setting of the builder; unset, the builder's default applies. Two pairs go together (the retry
 * backoff's initial and max, the breaker's window and minimum): both or neither. Values are trimmed; a blank value
 * counts as unset.
 */
final class FeishuSettings {

  static final String BASE_URL = "FEISHU_BASE_URL";
  static final String APP_ID = "FEISHU_APP_ID";
  static final String APP_SECRET = "FEISHU_APP_SECRET";
  static final String TENANT_ACCESS_TOKEN = "FEISHU_TENANT_ACCESS_TOKEN";
  static final String HELPDESK_ID = "FEISHU_HELPDESK_ID";
  static final String HELPDESK_TOKEN = "FEISHU_HELPDESK_TOKEN";

  private static final Text<Duration> SECONDS = new Text<>("a number of seconds, such as 10 or 2.5",
      text -> Duration.ofMillis(new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.UP).longValueExact()));
  private static final Text<Integer> WHOLE = new Text<>("a whole number, such as 3", Integer::valueOf);
  private static final Text<Float> NUMBER = new Text<>("a number, such as 50", text -> new BigDecimal(text)
      .floatValue());

  /** The optional settings, each one or two variables that set one method of the builder, with the help text. */
  private static final List<Setting> TUNING = List.of(
      one("FEISHU_CONNECT_TIMEOUT_SECONDS", "seconds to wait for a connection; 0: no limit", SECONDS,
          FeishuHelpdesk.Builder::connectTimeout),
      one("FEISHU_READ_TIMEOUT_SECONDS", "seconds to wait between two reads of an answer; 0: no limit", SECONDS,
          FeishuHelpdesk.Builder::readTimeout),
      one("FEISHU_CALL_TIMEOUT_SECONDS", "seconds a whole JSON call may take (not images); 0: no limit", SECONDS,
          FeishuHelpdesk.Builder::callTimeout),
      one("FEISHU_RATE_LIMIT_PER_SECOND", "requests per second at most (half of them per half second), retries "
          + "and token requests included", WHOLE, FeishuSettings::halfSecondWindows),
      one("FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS", "seconds a call waits for the rate limit before it fails; 0: fail "
          + "at once", SECONDS, FeishuHelpdesk.Builder::maxWaitForPermit),
      one("FEISHU_RETRY_MAX_ATTEMPTS", "attempts per call, the first included; 1: no retry", WHOLE,
          FeishuHelpdesk.Builder::retryMaxAttempts),
      pair("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "seconds of the first retry backoff (with jitter); set with the "
          + "next", "FEISHU_RETRY_BACKOFF_MAX_SECONDS", "seconds of the longest retry backoff; set with the previous",
          SECONDS, FeishuHelpdesk.Builder::retryBackoff),
      one("FEISHU_RETRY_MAX_ELAPSED_SECONDS", "seconds a call may spend retrying, waits included", SECONDS,
          FeishuHelpdesk.Builder::retryMaxElapsed),
      one("FEISHU_CIRCUIT_FAILURE_RATE_PERCENT", "failure rate that opens the circuit breaker, in percent", NUMBER,
          FeishuHelpdesk.Builder::circuitBreakerFailureRate),
      pair("FEISHU_CIRCUIT_WINDOW_CALLS", "latest calls the failure rate is measured over; set with the next",
          "FEISHU_CIRCUIT_MINIMUM_CALLS", "calls needed before the rate counts; set with the previous", WHOLE,
          FeishuHelpdesk.Builder::circuitBreakerWindow),
      one("FEISHU_CIRCUIT_OPEN_SECONDS", "seconds the open breaker fails calls fast", SECONDS,
          FeishuHelpdesk.Builder::circuitBreakerOpenDuration),
      one("FEISHU_CIRCUIT_HALF_OPEN_CALLS", "probe calls of the half-open breaker", WHOLE,
          FeishuHelpdesk.Builder::circuitBreakerHalfOpenCalls));

  private final FeishuHelpdesk.Builder builder;
  private final boolean appCredentials;

  private FeishuSettings(FeishuHelpdesk.Builder builder, boolean appCredentials) {
    this.builder = builder;
    this.appCredentials = appCredentials;
  }

  /**
   * Every variable with what it means, for {@code faq-app --help}.
   *
   * @return pairs of variable name and description, in the order to show them
   */
  static List<Map.Entry<String, String>> describe() {
    List<Map.Entry<String, String>> lines = new ArrayList<>(List.of(
        Map.entry(BASE_URL, "default " + FeishuHelpdesk.FEISHU_BASE_URL + "; Lark: "
            + FeishuHelpdesk.LARK_BASE_URL),
        Map.entry(APP_ID + ", " + APP_SECRET, "the app's credentials (or " + TENANT_ACCESS_TOKEN + ")"),
        Map.entry(HELPDESK_ID + ", " + HELPDESK_TOKEN, "the helpdesk's credentials, required")));
    TUNING.forEach(setting -> lines.addAll(setting.help()));
    return List.copyOf(lines);
  }

  /**
   * Reads the settings and applies them to a builder.
   *
   * @throws UsageException naming the missing variables, or the first invalid one
   */
  static FeishuSettings fromEnvironment(Map<String, String> environment) {
    Variables variables = new Variables(environment);
    Optional<String> token = variables.get(TENANT_ACCESS_TOKEN);
    Optional<String> appId = variables.get(APP_ID);
    Optional<String> appSecret = variables.get(APP_SECRET);
    if (token.isPresent() && (appId.isPresent() || appSecret.isPresent())) {
      throw new UsageException("conflicting settings: set " + APP_ID + " and " + APP_SECRET + ", or "
          + TENANT_ACCESS_TOKEN + ", not both");
    }
    List<String> missing = new ArrayList<>();
    if (token.isEmpty() && appId.isEmpty() && appSecret.isEmpty()) {
      missing.add(APP_ID + " and " + APP_SECRET + " (or " + TENANT_ACCESS_TOKEN + ")");
    } else if (token.isEmpty()) {
      requirePresent(appId, APP_ID, missing);
      requirePresent(appSecret, APP_SECRET, missing);
    }
    Optional<String> helpdeskId = variables.get(HELPDESK_ID);
    Optional<String> helpdeskToken = variables.get(HELPDESK_TOKEN);
    requirePresent(helpdeskId, HELPDESK_ID, missing);
    requirePresent(helpdeskToken, HELPDESK_TOKEN, missing);
    if (!missing.isEmpty()) {
      throw new UsageException((missing.size() == 1 ? "missing setting: " : "missing settings: ")
          + String.join(", ", missing));
    }
    FeishuHelpdesk.Builder builder = FeishuHelpdesk.builder()
        .helpdeskCredentials(helpdeskId.get(), helpdeskToken.get());
    if (token.isPresent()) {
      String given = token.get();
      builder.tenantAccessTokenSource(() -> given);
    } else {
      builder.appCredentials(appId.get(), appSecret.get());
    }
    variables.get(BASE_URL).ifPresent(url -> apply(BASE_URL, () -> builder.baseUrl(url)));
    TUNING.forEach(setting -> setting.apply(variables, builder));
    return new FeishuSettings(builder, token.isEmpty());
  }

  private static void requirePresent(Optional<String> value, String variable, List<String> missing) {
    if (value.isEmpty()) {
      missing.add(variable);
    }
  }

  /**
   * Builds the adapter.
   *
   * @throws UsageException if the adapter refuses the settings
   */
  FeishuHelpdesk newHelpdesk() {
    try {
      return builder.build();
    } catch (IllegalStateException refused) {
      throw new UsageException("invalid Feishu settings: " + refused.getMessage(), refused);
    }
  }

  /** Whether the app's credentials are set (not a tenant token): what refreshing user tokens and signing in need. */
  boolean appCredentials() {
    return appCredentials;
  }

  /** The builder with every setting applied: what {@link #newHelpdesk()} builds, and what tests inspect. */
  FeishuHelpdesk.Builder builder() {
    return builder;
  }

  /** Every setting, as the builder shows them: secrets masked. */
  @Override
  public String toString() {
    return "FeishuSettings[" + builder + "]";
  }

  /** Runs a setter, reporting its refusal as the builder words it, after the variables' names. */
  private static void apply(String variables, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException refused) {
      throw new UsageException("invalid setting" + (variables.contains(" and ") ? "s " : " ") + variables + ": "
          + refused.getMessage());
    }
  }

  /**
   * {@code perSecond} requests a second as the adapter's rate limit, in windows of half a second of half as many
   * (one permit a window below 2 a second). Whole-second windows would let up to twice the quota start within a
   * second across a window's edge; these never outrun a quota counted as a bucket that holds a second's worth. A
   * value below 1 goes to the builder as it is, for its refusal.
   */
  private static void halfSecondWindows(FeishuHelpdesk.Builder builder, int perSecond) {
    if (perSecond < 1) {
      builder.rateLimit(perSecond, Duration.ofSeconds(1));
      return;
    }
    long permits = Math.max(1, perSecond / 2);
    builder.rateLimit((int) permits, Duration.ofNanos((permits * 1_000_000_000L + perSecond - 1) / perSecond));
  }

  private static <T> Setting one(String variable, String help, Text<T> text, BiConsumer<FeishuHelpdesk.Builder,
      T> setter) {
    return new Setting(List.of(Map.entry(variable, help)), (variables, builder) -> variables.get(variable)
        .ifPresent(value -> {
          T parsed = text.read(variable, value);
          apply(variable, () -> setter.accept(builder, parsed));
        }));
  }

  private static <T> Setting pair(String first, String firstHelp, String second, String secondHelp, Text<T> text,
      PairSetter<T> setter) {
    return new Setting(List.of(Map.entry(first, firstHelp), Map.entry(second, secondHelp)), (variables, builder) -> {
      Optional<String> a = variables.get(first);
      Optional<String> b = variables.get(second);
      if (a.isEmpty() && b.isEmpty()) {
        return;
      }
      if (a.isEmpty() || b.isEmpty()) {
        throw new UsageException("incomplete settings: set " + first + " and " + second + " together, or "
            + "neither; only " + (a.isPresent() ? first : second) + " is set");
      }
      T firstValue = text.read(first, a.get());
      T secondValue = text.read(second, b.get());
      apply(first + " and " + second, () -> setter.set(builder, firstValue, secondValue));
    });
  }

  /** The environment, trimmed, with blank values counting as unset. */
  private record Variables(Map<String, String> environment) {
    Optional<String> get(String name) {
      return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
  }

  /**
   * How a variable's text is read.
   *
   * @param expected what the text should look like, for the message
   * @param parse reads it; throws for text that is not of that form
   */
  private record Text<T>(String expected, Function<String, T> parse) {
    T read(String variable, String value) {
      try {
        return parse.apply(value);
      } catch (NumberFormatException | ArithmeticException notOfThatForm) {
        throw new UsageException("invalid setting " + variable + ": expected " + expected + ", was '" + value + "'");
      }
    }
  }

  /** Sets two values at once on the builder. */
  @FunctionalInterface
  private interface PairSetter<T> {
    void set(FeishuHelpdesk.Builder builder, T first, T second);
  }

  /**
   * An optional setting.
   *
   * @param help its variables and what each means
   * @param apply reads its variables and sets them on the builder; throws {@link UsageException}
   */
  private record Setting(List<Map.Entry<String, String>> help, BiConsumer<Variables, FeishuHelpdesk.Builder> apply) {
    void apply(Variables variables, FeishuHelpdesk.Builder builder) {
      apply.accept(variables, builder);
    }
  }
}
