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
import java.util.function.BiPredicate;
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
 * (China); Lark (international) is {@code https://open.larksuite.com}. The optional {@link #KNOBS} tune the adapter:
 * its timeouts, its client-side rate limit, its retries and its circuit breaker; when one is not set, the adapter's
 * own default applies. Two pairs go together (the retry backoff's initial and max, the breaker's window and minimum):
 * both or neither. Values are trimmed; a blank value counts as unset.
 */
final class FeishuSettings {

  static final String BASE_URL = "FEISHU_BASE_URL";
  static final String APP_ID = "FEISHU_APP_ID";
  static final String APP_SECRET = "FEISHU_APP_SECRET";
  static final String TENANT_ACCESS_TOKEN = "FEISHU_TENANT_ACCESS_TOKEN";
  static final String HELPDESK_ID = "FEISHU_HELPDESK_ID";
  static final String HELPDESK_TOKEN = "FEISHU_HELPDESK_TOKEN";

  /**
   * The optional settings: the environment variables, how to read them, and what they set on the adapter's builder.
   * Adding one is one entry here and a row in the README's table.
   */
  static final List<Setting> KNOBS = List.of(
      new Knob<>(Value.timeout("FEISHU_CONNECT_TIMEOUT_SECONDS", "to wait for a connection"),
          FeishuFaqRepository.Builder::connectTimeout),
      new Knob<>(Value.timeout("FEISHU_READ_TIMEOUT_SECONDS", "to wait between two reads of an answer"),
          FeishuFaqRepository.Builder::readTimeout),
      new Knob<>(Value.timeout("FEISHU_CALL_TIMEOUT_SECONDS", "a whole JSON call may take (not images)"),
          FeishuFaqRepository.Builder::callTimeout),
      new Knob<>(Value.count("FEISHU_RATE_LIMIT_PER_SECOND", "requests per second at most, retries and token "
          + "requests included"), (builder, permits) -> builder.rateLimit(permits, Duration.ofSeconds(1))),
      new Knob<>(Value.seconds("FEISHU_RATE_LIMIT_MAX_WAIT_SECONDS", "seconds a call waits for the rate limit "
          + "before it fails; 0: fail at once", BigDecimal.ZERO), FeishuFaqRepository.Builder::maxWaitForPermit),
      new Knob<>(Value.count("FEISHU_RETRY_MAX_ATTEMPTS", "attempts per call, the first included; 1: no retry"),
          FeishuFaqRepository.Builder::retryMaxAttempts),
      new KnobPair<>(
          Value.seconds("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "seconds of the first retry backoff (with jitter); "
              + "set with the next", Value.MILLISECOND),
          Value.seconds("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "seconds of the longest retry backoff; set with the "
              + "previous", Value.MILLISECOND),
          (initial, max) -> max.compareTo(initial) >= 0, "the max must not be shorter than the initial backoff",
          FeishuFaqRepository.Builder::retryBackoff),
      new Knob<>(Value.seconds("FEISHU_RETRY_MAX_ELAPSED_SECONDS", "seconds a call may spend retrying, waits "
          + "included", BigDecimal.ZERO), FeishuFaqRepository.Builder::retryMaxElapsed),
      new Knob<>(Value.percent("FEISHU_CIRCUIT_FAILURE_RATE_PERCENT", "failure rate that opens the circuit "
          + "breaker"), FeishuFaqRepository.Builder::circuitBreakerFailureRate),
      new KnobPair<>(
          Value.count("FEISHU_CIRCUIT_WINDOW_CALLS", "latest calls the failure rate is measured over; set with the "
              + "next"),
          Value.count("FEISHU_CIRCUIT_MINIMUM_CALLS", "calls needed before the rate counts; set with the previous"),
          (window, minimum) -> minimum <= window, "the minimum must not exceed the window",
          FeishuFaqRepository.Builder::circuitBreakerWindow),
      new Knob<>(Value.seconds("FEISHU_CIRCUIT_OPEN_SECONDS", "seconds the open breaker fails calls fast",
          Value.MILLISECOND), FeishuFaqRepository.Builder::circuitBreakerOpenDuration),
      new Knob<>(Value.count("FEISHU_CIRCUIT_HALF_OPEN_CALLS", "probe calls of the half-open breaker"),
          FeishuFaqRepository.Builder::circuitBreakerHalfOpenCalls));

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
    KNOBS.forEach(knob -> lines.addAll(knob.help()));
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
    for (Setting knob : KNOBS) {
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
      return newBuilder().build();
    } catch (IllegalStateException | IllegalArgumentException refused) {
      // Checked above already; the adapter's own check is the backstop. Its messages carry no secret.
      throw new UsageException("invalid Feishu settings: " + refused.getMessage(), refused);
    }
  }

  /**
   * The adapter's builder with every setting applied: what {@link #newRepository()} builds, and what tests inspect.
   *
   * @throws IllegalArgumentException if the adapter refuses a value
   */
  FeishuFaqRepository.Builder newBuilder() {
    FeishuFaqRepository.Builder builder = FeishuFaqRepository.builder()
        .baseUrl(baseUrl)
        .helpdeskCredentials(helpdeskId, helpdeskToken);
    credentials.accept(builder);
    tuning.forEach(setting -> setting.accept(builder));
    return builder;
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

  /** An optional setting of the adapter: one or two variables that set one method of the builder. */
  interface Setting {

    /** The variables and what each means, for the help. */
    List<Map.Entry<String, String>> help();

    /**
     * Reads the setting.
     *
     * @return what to set on the builder, or empty when the setting is not set
     * @throws UsageException naming the variable, when a value is invalid
     */
    Optional<Consumer<FeishuFaqRepository.Builder>> read(Variables variables);
  }

  /**
   * How to read one variable.
   *
   * @param variable the environment variable
   * @param description what it sets, for the help
   * @param parse reads the value; throws {@link IllegalArgumentException} saying what is expected
   * @param <T> the value's type
   */
  record Value<T>(String variable, String description, Function<String, T> parse) {

    static final BigDecimal MILLISECOND = new BigDecimal("0.001");
    /** The adapter keeps durations as int milliseconds. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Integer.MAX_VALUE, 3);

    /** A timeout in seconds, fractions allowed ({@code 2.5}); {@code 0} means no limit, as in the adapter. */
    static Value<Duration> timeout(String variable, String what) {
      return new Value<>(variable, "seconds " + what + "; 0: no limit", text -> duration(text, BigDecimal.ZERO));
    }

    /** A duration in seconds, fractions allowed, from {@code least}. */
    static Value<Duration> seconds(String variable, String description, BigDecimal least) {
      return new Value<>(variable, description, text -> duration(text, least));
    }

    /** A whole number of at least 1. */
    static Value<Integer> count(String variable, String description) {
      return new Value<>(variable, description, Value::count);
    }

    /** A percentage above 0 and at most 100, fractions allowed. */
    static Value<Float> percent(String variable, String description) {
      return new Value<>(variable, description + ", in percent (above 0, at most 100)", Value::percent);
    }

    private static Duration duration(String text, BigDecimal least) {
      BigDecimal seconds = number(text, "a number of seconds, such as 10 or 2.5");
      if (seconds.compareTo(least) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
        throw new IllegalArgumentException("expected " + least.toPlainString() + " to " + MAX_SECONDS.toPlainString()
            + " seconds");
      }
      return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.UP).longValueExact());
    }

    private static Integer count(String text) {
      try {
        int count = Integer.parseInt(text);
        if (count >= 1) {
          return count;
        }
      } catch (NumberFormatException notAWholeNumber) {
        // Reported below.
      }
      throw new IllegalArgumentException("expected a whole number of at least 1, such as 3");
    }

    private static Float percent(String text) {
      BigDecimal percent = number(text, "a percentage above 0 and at most 100, such as 50");
      if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("expected a percentage above 0 and at most 100, such as 50");
      }
      return percent.floatValue();
    }

    private static BigDecimal number(String text, String expected) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException("expected " + expected);
      }
    }

    /** The value, parsed, when the variable is set. */
    Optional<T> read(Variables variables) {
      return variables.optional(variable).map(text -> {
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException invalid) {
          throw new UsageException("invalid setting " + variable + ": " + invalid.getMessage() + ", was '"
              + text + "'");
        }
      });
    }

    Map.Entry<String, String> help() {
      return Map.entry(variable, description);
    }
  }

  /**
   * A setting of one variable.
   *
   * @param value how to read it
   * @param apply what it sets on the builder
   * @param <T> the value's type
   */
  record Knob<T>(Value<T> value, BiConsumer<FeishuFaqRepository.Builder, T> apply) implements Setting {

    @Override
    public List<Map.Entry<String, String>> help() {
      return List.of(value.help());
    }

    @Override
    public Optional<Consumer<FeishuFaqRepository.Builder>> read(Variables variables) {
      return value.read(variables).map(parsed -> builder -> apply.accept(builder, parsed));
    }
  }

  /** Sets two values at once on the builder. */
  @FunctionalInterface
  interface PairSetter<A, B> {
    void set(FeishuFaqRepository.Builder builder, A first, B second);
  }

  /**
   * A setting of two variables that go together: both set, or neither.
   *
   * @param first how to read the first
   * @param second how to read the second
   * @param consistent whether the two values go together
   * @param inconsistency what is wrong when they do not
   * @param apply what they set on the builder
   * @param <A> the first value's type
   * @param <B> the second value's type
   */
  record KnobPair<A, B>(Value<A> first, Value<B> second, BiPredicate<A, B> consistent, String inconsistency,
      PairSetter<A, B> apply) implements Setting {

    @Override
    public List<Map.Entry<String, String>> help() {
      return List.of(first.help(), second.help());
    }

    @Override
    public Optional<Consumer<FeishuFaqRepository.Builder>> read(Variables variables) {
      Optional<A> a = first.read(variables);
      Optional<B> b = second.read(variables);
      if (a.isEmpty() && b.isEmpty()) {
        return Optional.empty();
      }
      String both = first.variable() + " and " + second.variable();
      if (a.isEmpty() || b.isEmpty()) {
        throw new UsageException("incomplete settings: set " + both + " together, or neither; only "
            + (a.isPresent() ? first.variable() : second.variable()) + " is set");
      }
      if (!consistent.test(a.get(), b.get())) {
        throw new UsageException("invalid settings " + both + ": " + inconsistency + ", was '"
            + variables.optional(first.variable()).orElseThrow() + "' and '"
            + variables.optional(second.variable()).orElseThrow() + "'");
      }
      return Optional.of(builder -> apply.set(builder, a.get(), b.get()));
    }
  }
}
