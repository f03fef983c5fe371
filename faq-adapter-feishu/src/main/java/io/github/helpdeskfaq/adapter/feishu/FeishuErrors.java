package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.Outcome.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Feishu's error table, as this adapter applies it. The body's {@code code} decides first (a non-zero code can come
 * with HTTP 200); the HTTP status decides when the body carries no code (an empty body, a gateway's HTML page).
 *
 * <table>
 *   <caption>Error mapping</caption>
 *   <tr><th>code</th><th>HTTP status without a code</th><th>outcome</th></tr>
 *   <tr><td>154004</td><td>404</td><td>absent</td></tr>
 *   <tr><td>154001, 154003</td><td>401, 403</td><td>denied</td></tr>
 *   <tr><td>154000</td><td>400</td><td>rejected</td></tr>
 *   <tr><td>155000</td><td>5xx</td><td>unavailable</td></tr>
 *   <tr><td>99991400</td><td>429</td><td>unavailable, retry after {@code x-ogw-ratelimit-reset} seconds</td></tr>
 *   <tr><td>99991663, 99991664, 99991671, 99991661</td><td></td><td>invalid token: refresh and retry once</td></tr>
 *   <tr><td>any other non-zero</td><td>any other</td><td>failed, with the code and message; but unavailable
 *       when the status is 5xx or 429</td></tr>
 * </table>
 */
final class FeishuErrors {

  static final int BAD_REQUEST = 154000;
  static final int UNAUTHORIZED = 154001;
  static final int FORBIDDEN = 154003;
  static final int NOT_FOUND = 154004;
  static final int INTERNAL_ERROR = 155000;
  static final int RATE_LIMITED = 99991400;
  static final Set<Integer> INVALID_TOKEN_CODES = Set.of(99991663, 99991664, 99991671, 99991661);

  /** Seconds until the rate limit resets, on rate-limited answers. */
  static final String RATE_LIMIT_RESET = "x-ogw-ratelimit-reset";
  private static final Pattern SECONDS = Pattern.compile("\\s*(\\d{1,9})(?:\\.(\\d+))?\\s*");
  private static final int MAX_SHOWN_MESSAGE = 200;

  private FeishuErrors() {}

  /**
   * Classifies an answer whose body carried a non-zero code.
   *
   * @param what what was asked for, for the message: "FAQ 42"
   */
  static <T> Outcome<T> byCode(String what, int status, long code, String msg, Headers headers) {
    if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
      return Outcome.failure(Kind.FAILED, status, OptionalInt.empty(),
          "Feishu failed the request for " + what + ": code " + code + shown(msg) + ", HTTP " + status, null, null);
    }
    int serviceCode = (int) code;
    String detail = "code " + serviceCode + shown(msg) + ", HTTP " + status;
    if (serviceCode == NOT_FOUND) {
      return absent(status, serviceCode, what, detail);
    }
    if (serviceCode == UNAUTHORIZED || serviceCode == FORBIDDEN) {
      return coded(Kind.DENIED, status, serviceCode, "Feishu denied access to " + what + ": " + detail, null);
    }
    if (serviceCode == BAD_REQUEST) {
      return coded(Kind.REJECTED, status, serviceCode, "Feishu rejected the request for " + what + ": " + detail,
          null);
    }
    if (INVALID_TOKEN_CODES.contains(serviceCode)) {
      return coded(Kind.INVALID_TOKEN, status, serviceCode,
          "Feishu refused the tenant access token for " + what + ": " + detail, null);
    }
    if (serviceCode == RATE_LIMITED || status == 429) {
      return rateLimited(status, OptionalInt.of(serviceCode), what, detail, headers);
    }
    if (serviceCode == INTERNAL_ERROR || status >= 500) {
      return coded(Kind.UNAVAILABLE, status, serviceCode, "Feishu is unavailable for " + what + ": " + detail, null);
    }
    return coded(Kind.FAILED, status, serviceCode, "Feishu failed the request for " + what + ": " + detail, null);
  }

  /**
   * Classifies a non-2xx answer whose body carried no code.
   *
   * @param body how the body looked, for the message: "a text/html body of 1234 bytes"
   */
  static <T> Outcome<T> byStatus(String what, int status, String body, Headers headers) {
    String detail = "HTTP " + status + " with " + body;
    if (status == 404) {
      return Outcome.failure(Kind.ABSENT, status, OptionalInt.empty(), what + " not found: " + detail, null, null);
    }
    if (status == 401 || status == 403) {
      return uncoded(Kind.DENIED, status, "Feishu denied access to " + what + ": " + detail);
    }
    if (status == 400) {
      return uncoded(Kind.REJECTED, status, "Feishu rejected the request for " + what + ": " + detail);
    }
    if (status == 429) {
      return rateLimited(status, OptionalInt.empty(), what, detail, headers);
    }
    if (status >= 500) {
      return uncoded(Kind.UNAVAILABLE, status, "Feishu is unavailable for " + what + ": " + detail);
    }
    return uncoded(Kind.FAILED, status, "Feishu failed the request for " + what + ": " + detail);
  }

  /**
   * How long the service asked to wait: {@code x-ogw-ratelimit-reset} seconds, else a standard {@code Retry-After}
   * in seconds. A fraction is rounded up; anything unreadable is ignored.
   */
  static Optional<Duration> retryAfter(Headers headers) {
    Optional<Duration> reset = seconds(headers.get(RATE_LIMIT_RESET));
    return reset.isPresent() ? reset : seconds(headers.get("Retry-After"));
  }

  private static Optional<Duration> seconds(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = SECONDS.matcher(header);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long whole = Long.parseLong(matcher.group(1));
    boolean fraction = matcher.group(2) != null && !matcher.group(2).chars().allMatch(c -> c == '0');
    return Optional.of(Duration.ofSeconds(fraction ? whole + 1 : whole));
  }

  private static <T> Outcome<T> rateLimited(int status, OptionalInt code, String what, String detail,
      Headers headers) {
    Optional<Duration> wait = retryAfter(headers);
    String message = "Feishu rate-limited the request for " + what + ": " + detail
        + wait.map(d -> "; retry after " + d.getSeconds() + " s").orElse("");
    return Outcome.failure(Kind.UNAVAILABLE, status, code, message, wait.orElse(null), null);
  }

  private static <T> Outcome<T> absent(int status, int code, String what, String detail) {
    return Outcome.failure(Kind.ABSENT, status, OptionalInt.of(code), what + " not found: " + detail, null, null);
  }

  private static <T> Outcome<T> coded(Kind kind, int status, int code, String message, Throwable cause) {
    return Outcome.failure(kind, status, OptionalInt.of(code), message, null, cause);
  }

  private static <T> Outcome<T> uncoded(Kind kind, int status, String message) {
    return Outcome.failure(kind, status, OptionalInt.empty(), message, null, null);
  }

  /** The service's message, quoted, without control characters and not too long; empty when there is none. */
  static String shown(String msg) {
    if (msg == null || msg.isBlank()) {
      return "";
    }
    String clean = msg.strip().replaceAll("\\p{Cntrl}", " ");
    if (clean.length() > MAX_SHOWN_MESSAGE) {
      clean = clean.substring(0, MAX_SHOWN_MESSAGE) + "...";
    }
    return " \"" + clean + "\"";
  }
}
