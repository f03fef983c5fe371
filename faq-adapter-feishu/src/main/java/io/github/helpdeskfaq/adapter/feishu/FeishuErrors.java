package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.Diagnostics;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Feishu's error table as this adapter applies it: the one place that decides what an answer that is not a success
 * comes to, and so what the caller gets, whether it is retried and whether the circuit breaker counts it. Everything
 * else links here. The body's {@code code} decides first (a non-zero code can come with HTTP 200); the HTTP status
 * decides when the body has no code (an empty body, a gateway's page). Whatever the row, the exception carries the
 * answer's {@link Diagnostics} as {@link FeishuDiagnostics} reads them (its log id, the missing scope, links to help).
 *
 * <table>
 *   <caption>Error mapping</caption>
 *   <tr><th>code</th><th>HTTP status (no code)</th><th>{@link Kind}</th><th>the caller gets</th><th>retried</th>
 *       <th>breaker failure</th></tr>
 *   <tr><td>154004</td><td>404</td><td>ABSENT</td><td>{@code Optional.empty()}</td><td>no</td><td>no</td></tr>
 *   <tr><td>154001, 154003, 99991672</td><td>401, 403</td><td>DENIED</td><td>{@link FaqAccessDeniedException}</td>
 *       <td>no</td><td>no</td></tr>
 *   <tr><td>154000</td><td>400</td><td>REJECTED</td><td>{@link FaqRequestRejectedException}</td><td>no</td>
 *       <td>no</td></tr>
 *   <tr><td>99991663, 99991664, 99991671, 99991661, 99991668, 99991677</td><td></td><td>INVALID_TOKEN</td><td>a
 *       fresh token (tenant for reads, user for writes) and one more try; if refused again,
 *       {@link FaqAccessDeniedException}</td><td>once, with the new token</td><td>no</td></tr>
 *   <tr><td>99991400, or any code with 429</td><td>429</td><td>THROTTLED</td>
 *       <td>{@link FaqServiceUnavailableException} with {@code retryAfter} from {@code x-ogw-ratelimit-reset}
 *       (else {@code Retry-After})</td><td>yes, after that wait</td><td>no</td></tr>
 *   <tr><td>155000, or any code with 5xx</td><td>5xx; no answer, a broken-off answer, a timeout</td>
 *       <td>SERVER_FAILURE</td><td>{@link FaqServiceUnavailableException}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>none, or 0 where an image belongs</td><td>2xx that cannot be read: not JSON, no code, the wrong shape,
 *       over {@link FeishuConverters#MAX_JSON_BYTES}, content the domain cannot hold</td><td>UNREADABLE</td>
 *       <td>{@link FaqServiceUnavailableException}</td><td>no: the same answer would come again</td><td>no</td></tr>
 *   <tr><td></td><td>3xx</td><td>FAILED</td><td>{@link FaqRepositoryException}: redirects are never followed, so
 *       that the credentials go to the configured host only</td><td>no</td><td>no</td></tr>
 *   <tr><td>any other</td><td>any other</td><td>FAILED</td><td>{@link FaqRepositoryException} with the code</td>
 *       <td>no</td><td>no</td></tr>
 *   <tr><td colspan="2">the adapter's own refusal: open circuit breaker, no rate-limiter permit in time</td>
 *       <td>REFUSED_LOCALLY</td><td>{@link FaqServiceUnavailableException} after no request</td><td>no</td>
 *       <td>not counted</td></tr>
 *   <tr><td colspan="2">the tenant-token request, anything above but the unavailable kinds</td><td>DENIED</td>
 *       <td>{@link FaqAccessDeniedException}: Feishu issued no token</td><td>never retried</td><td>as above</td></tr>
 * </table>
 */
final class FeishuErrors {

  static final int BAD_REQUEST = 154000;
  static final int UNAUTHORIZED = 154001;
  static final int FORBIDDEN = 154003;
  /** The app lacks a scope the call needs (or used the wrong kind of token): the error body names the scope. */
  static final int SCOPE_MISSING = 99991672;
  static final int NOT_FOUND = 154004;
  static final int INTERNAL_ERROR = 155000;
  static final int RATE_LIMITED = 99991400;
  /** The access token is invalid, malformed (99991663, 99991664, 99991671, 99991661, 99991668) or expired (99991677). */
  static final Set<Integer> INVALID_TOKEN_CODES = Set.of(99991663, 99991664, 99991671, 99991661, 99991668, 99991677);
  /** Seconds until the rate limit resets, on rate-limited answers. */
  static final String RATE_LIMIT_RESET = "x-ogw-ratelimit-reset";

  private static final Pattern SECONDS = Pattern.compile("\\s*(\\d{1,9})(?:\\.(\\d+))?\\s*");
  private static final int MAX_SHOWN_MESSAGE = 200;

  private FeishuErrors() {}

  /** The kinds of failure: the table's rows, each with what the caller gets and what the decorators do. */
  enum Kind {
    ABSENT, DENIED, REJECTED, INVALID_TOKEN, THROTTLED, SERVER_FAILURE, UNREADABLE, REFUSED_LOCALLY, FAILED;

    /** Whether another attempt may help: throttling (after its wait) and failures of Feishu or the way to it. */
    boolean retried() {
      return this == THROTTLED || this == SERVER_FAILURE;
    }

    /** Whether the circuit breaker counts it as a failure of Feishu. */
    boolean countsAgainstFeishu() {
      return this == SERVER_FAILURE;
    }
  }

  /**
   * An attempt that did not succeed, classified.
   *
   * @param kind its row of the table
   * @param description what happened, for people, without the data carried beside it
   * @param serviceCode Feishu's code, or null
   * @param retryAfter how long to wait, when known, or null
   * @param cause the underlying failure, or null
   * @param diagnostics what else the answer said; none when there was no answer
   */
  record Failure(Kind kind, String description, Integer serviceCode, Duration retryAfter, Throwable cause,
      Diagnostics diagnostics) {

    /** Makes the description one readable line, whatever of the answer it quotes: see {@link FeishuErrors#readable}. */
    Failure {
      description = readable(description);
    }

    /** A failure without diagnostics, as every one is until {@link #withDiagnostics} adds the answer's. */
    Failure(Kind kind, String description, Integer serviceCode, Duration retryAfter, Throwable cause) {
      this(kind, description, serviceCode, retryAfter, cause, Diagnostics.none());
    }

    /** The same failure, its description followed by a note on what the adapter did about it. */
    Failure withNote(String note) {
      return new Failure(kind, description + note, serviceCode, retryAfter, cause, diagnostics);
    }

    /** The same failure, with the diagnostics of the answer it was classified from. */
    Failure withDiagnostics(Diagnostics answered) {
      return new Failure(kind, description, serviceCode, retryAfter, cause, answered);
    }

    /**
     * What the caller gets (the table's fourth column); {@link Kind#ABSENT} is an empty answer, never this.
     *
     * @param attempts the requests made for the call, for {@link FaqServiceUnavailableException#attempts()}
     */
    FaqRepositoryException toException(int attempts) {
      return switch (kind) {
        case DENIED, INVALID_TOKEN -> new FaqAccessDeniedException(description, serviceCode, diagnostics, cause);
        case REJECTED -> new FaqRequestRejectedException(description, serviceCode, diagnostics, cause);
        case THROTTLED, SERVER_FAILURE, UNREADABLE, REFUSED_LOCALLY ->
            new FaqServiceUnavailableException(description, serviceCode, retryAfter, attempts, diagnostics, cause);
        case ABSENT, FAILED -> new FaqRepositoryException(description, serviceCode, diagnostics, cause);
      };
    }
  }

  /**
   * Classifies an answer that is not a success: a non-zero code with any status, or a non-2xx status.
   *
   * @param what what was asked for: "FAQ 42"
   * @param code the body's code, or null when it had none
   * @param msg the body's message, or null
   * @param body how the body looked, for messages
   */
  static Failure answered(String what, int status, Long code, String msg, BodyDescription body, Headers headers) {
    if (code == null || code == 0) {
      return byStatus(what, status, body, headers);
    }
    String http = " (HTTP " + status + ")" + shown(msg);
    if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
      return new Failure(Kind.FAILED, "Feishu failed the request for " + what + http + ", code " + code, null, null,
          null);
    }
    int serviceCode = code.intValue();
    if (serviceCode == NOT_FOUND) {
      return coded(Kind.ABSENT, what + " not found" + http, serviceCode);
    }
    if (serviceCode == UNAUTHORIZED || serviceCode == FORBIDDEN || serviceCode == SCOPE_MISSING) {
      return coded(Kind.DENIED, "Feishu denied access to " + what + http, serviceCode);
    }
    if (serviceCode == BAD_REQUEST) {
      return coded(Kind.REJECTED, "Feishu rejected the request for " + what + http, serviceCode);
    }
    if (INVALID_TOKEN_CODES.contains(serviceCode)) {
      return coded(Kind.INVALID_TOKEN, "Feishu refused the access token for " + what + http, serviceCode);
    }
    if (serviceCode == RATE_LIMITED || status == 429) {
      return new Failure(Kind.THROTTLED, "Feishu rate-limited the request for " + what + http, serviceCode,
          retryAfter(headers).orElse(null), null);
    }
    if (serviceCode == INTERNAL_ERROR || status >= 500) {
      return coded(Kind.SERVER_FAILURE, "Feishu is unavailable for " + what + http, serviceCode);
    }
    return coded(Kind.FAILED, "Feishu failed the request for " + what + http, serviceCode);
  }

  private static Failure byStatus(String what, int status, BodyDescription body, Headers headers) {
    String detail = ": HTTP " + status + " with " + body;
    if (status == 404) {
      return uncoded(Kind.ABSENT, what + " not found" + detail);
    }
    if (status == 401 || status == 403) {
      return uncoded(Kind.DENIED, "Feishu denied access to " + what + detail);
    }
    if (status == 400) {
      return uncoded(Kind.REJECTED, "Feishu rejected the request for " + what + detail);
    }
    if (status == 429) {
      return new Failure(Kind.THROTTLED, "Feishu rate-limited the request for " + what + detail, null,
          retryAfter(headers).orElse(null), null);
    }
    if (status >= 500) {
      return uncoded(Kind.SERVER_FAILURE, "Feishu is unavailable for " + what + detail);
    }
    if (status >= 300 && status < 400) {
      return uncoded(Kind.FAILED, "Feishu redirected the request for " + what + detail + "; redirects are never "
          + "followed, so that the credentials go to the configured base URL only: check the base URL");
    }
    return uncoded(Kind.FAILED, "Feishu failed the request for " + what + detail);
  }

  /** An answer that arrived whole but cannot be read; {@code body} as in {@link #answered}. */
  static Failure unreadable(String what, int status, BodyDescription body, String why, Throwable cause) {
    return new Failure(Kind.UNREADABLE, "Feishu's answer for " + what + " could not be read (HTTP " + status
        + " with " + body + "): " + why, null, null, cause);
  }

  /** No answer, or one broken off: a failure of Feishu or of the way to it. */
  static Failure noAnswer(String what, IOException failure) {
    return new Failure(Kind.SERVER_FAILURE, "no answer from Feishu for " + what + ": " + describe(failure), null,
        null, failure);
  }

  /** No whole answer within the call timeout: the call was cancelled, a failure of Feishu or of the way to it. */
  static Failure noAnswerInTime(String what, Duration timeout, IOException cancelled) {
    return new Failure(Kind.SERVER_FAILURE, "no answer from Feishu for " + what + " within the call timeout ("
        + timeout.toMillis() + " ms)", null, null, cancelled);
  }

  /** A call that the adapter refused itself, without a request. */
  static Failure refusedLocally(String description, Duration retryAfter) {
    return new Failure(Kind.REFUSED_LOCALLY, description, null, retryAfter, null);
  }

  /** A failed tenant-token request: outages stay what they are; anything else means Feishu issued no token. */
  static Failure tokenRequestFailed(Failure failure) {
    return switch (failure.kind()) {
      case THROTTLED, SERVER_FAILURE, UNREADABLE, REFUSED_LOCALLY -> failure;
      default -> new Failure(Kind.DENIED, "Feishu issued no tenant access token: " + failure.description(),
          failure.serviceCode(), null, failure.cause(), failure.diagnostics());
    };
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

  private static Failure coded(Kind kind, String description, int code) {
    return new Failure(kind, description, code, null, null);
  }

  private static Failure uncoded(Kind kind, String description) {
    return new Failure(kind, description, null, null, null);
  }

  /** The exception's class and message, for a description: "SocketTimeoutException: timeout". */
  static String describe(IOException failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * The text with each control character and line or paragraph separator written as its escape ({@code \\u0009} for
   * a tab): a description quotes what an answer holds (its {@code msg}, a value that is not a number, a field's name
   * on a JSON path), and a message must stay one line that cannot fake another in a log.
   */
  static String readable(String text) {
    StringBuilder shown = null;
    for (int i = 0; text != null && i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (escaped && shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped) {
        shown.append(String.format("\\u%04x", (int) c));
      } else if (shown != null) {
        shown.append(c);
      }
    }
    return shown == null ? text : shown.toString();
  }

  /** The service's message after a colon, without control characters and not too long; empty when none. */
  static String shown(String msg) {
    if (msg == null || msg.isBlank()) {
      return "";
    }
    String clean = msg.strip().replaceAll("\\p{Cntrl}", " ");
    return ": " + (clean.length() > MAX_SHOWN_MESSAGE ? clean.substring(0, MAX_SHOWN_MESSAGE) + "..." : clean);
  }
}
