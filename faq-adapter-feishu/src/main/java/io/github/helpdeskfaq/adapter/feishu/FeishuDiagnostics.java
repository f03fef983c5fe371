package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.domain.port.Diagnostics;
import io.github.helpdeskfaq.domain.port.Diagnostics.Help;
import io.github.helpdeskfaq.domain.port.Diagnostics.PermissionViolation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.Headers;

/**
 * Reads what Feishu says about an answer beyond its code into the domain's {@link Diagnostics}: the log id of the
 * {@code X-Tt-Logid} header that every answer carries, else the error body's {@code error.log_id}; and the rest of
 * that {@code error} object: {@code troubleshooter} (a link), {@code permission_violations}
 * ({@code [{type, subject, description}]}, the subject being the missing scope) and {@code helps}
 * ({@code [{url, description}]}). The shape is that of the platform's error bodies, as the official Java SDK models
 * them ({@code core/response/error/Error.java}; the log id is its {@code getRequestId()}).
 *
 * <p>Best-effort: a part of another shape (an {@code error} that is not an object, a list that is not one, an entry
 * whose fields are not strings) is dropped, never a failure, so that the diagnostics never turn a good error into an
 * unreadable answer. What is kept is printable: control characters become spaces, a text is cut at
 * {@value #MAX_TEXT} characters, a list at {@value #MAX_ENTRIES} entries, and a log id is
 * {@value #MAX_LOG_ID} visible ASCII characters at most (anything else is no log id).
 */
final class FeishuDiagnostics {

  /** The header that names every answer, for Feishu's support. */
  static final String LOG_ID_HEADER = "X-Tt-Logid";
  static final int MAX_TEXT = 500;
  static final int MAX_ENTRIES = 10;
  static final int MAX_LOG_ID = 128;

  private static final Pattern LOG_ID = Pattern.compile("[!-~]{1," + MAX_LOG_ID + "}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]"); // Cc: C1 too, unlike Cntrl

  private FeishuDiagnostics() {}

  /**
   * The {@code error} object of a body, the reader at its value: the value is consumed whatever it holds.
   *
   * @throws IOException only as skipping any other value of the body would
   */
  static Diagnostics read(JsonReader reader) throws IOException {
    Object value;
    try {
      value = reader.peekJson().readJsonValue();
    } catch (IOException | JsonDataException notReadable) {
      value = null;
    }
    reader.skipValue();
    return value instanceof Map<?, ?> error ? of(error) : Diagnostics.none();
  }

  /** The diagnostics of an answer: the header's log id, else the body's, with the rest of the body's. */
  static Diagnostics of(Headers headers, Diagnostics body) {
    Optional<String> header = logId(headers.get(LOG_ID_HEADER));
    if (header.isEmpty() || header.equals(body.logId())) {
      return body;
    }
    return new Diagnostics(header, body.troubleshooter(), body.permissionViolations(), body.helps());
  }

  /** The log id of the {@code X-Tt-Logid} header, when it has the form of one. */
  static Optional<String> logId(Headers headers) {
    return logId(headers.get(LOG_ID_HEADER));
  }

  private static Diagnostics of(Map<?, ?> error) {
    List<PermissionViolation> violations = entries(error.get("permission_violations"))
        .map(entry -> new PermissionViolation(text(entry.get("type")), text(entry.get("subject")),
            text(entry.get("description"))))
        .filter(violation -> !(violation.type() + violation.subject() + violation.description()).isEmpty())
        .limit(MAX_ENTRIES).toList();
    List<Help> helps = entries(error.get("helps"))
        .filter(entry -> !text(entry.get("url")).isEmpty())
        .map(entry -> new Help(text(entry.get("url")), text(entry.get("description"))))
        .limit(MAX_ENTRIES).toList();
    Optional<String> troubleshooter = Optional.of(text(error.get("troubleshooter"))).filter(link -> !link.isEmpty());
    return new Diagnostics(logId(error.get("log_id")), troubleshooter, violations, helps);
  }

  /** The objects of a list; nothing for anything else. */
  private static Stream<Map<?, ?>> entries(Object list) {
    if (!(list instanceof List<?> values)) {
      return Stream.empty();
    }
    return values.stream().filter(Map.class::isInstance).map(value -> (Map<?, ?>) value);
  }

  /** A string, printable and not too long; empty for anything else. */
  private static String text(Object value) {
    if (!(value instanceof String string)) {
      return "";
    }
    String clean = CONTROL.matcher(string).replaceAll(" ").strip();
    if (clean.length() <= MAX_TEXT) {
      return clean;
    }
    int end = Character.isHighSurrogate(clean.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return clean.substring(0, end) + "...";
  }

  private static Optional<String> logId(Object value) {
    return value instanceof String id ? Optional.of(id.strip()).filter(candidate -> LOG_ID.matcher(candidate).matches())
        : Optional.empty();
  }
}
