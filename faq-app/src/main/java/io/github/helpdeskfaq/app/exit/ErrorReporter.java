package io.github.helpdeskfaq.app.exit;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes failures to standard error: one line each, and the stack trace only when asked. Whatever it writes first
 * has the values of secret environment variables blanked out, as a last line of defence: adapters already keep
 * secrets out of their messages, and this program never puts them in its own.
 */
public final class ErrorReporter {

  /** Environment variables whose names contain one of these hold secrets, ... */
  private static final List<String> SECRET_NAME_PARTS = List.of("SECRET", "TOKEN", "PASSWORD");
  /** ... unless the name ends with this: such a variable names a file ({@code FEISHU_USER_TOKEN_FILE}). */
  private static final String FILE_NAME_END = "_FILE";
  /** Shorter values are not worth hiding, and blanking them would garble ordinary text. */
  private static final int SHORTEST_SECRET = 4;
  private static final String MASK = "****";

  private final PrintStream err;
  private final List<String> secrets;

  /**
   * A reporter onto standard error.
   *
   * @param environment the environment, whose secret values are never written
   */
  public ErrorReporter(PrintStream err, Map<String, String> environment) {
    this.err = Objects.requireNonNull(err, "err");
    this.secrets = environment.entrySet().stream()
        .filter(entry -> isSecretName(entry.getKey()))
        .map(Map.Entry::getValue)
        .filter(value -> value != null && value.strip().length() >= SHORTEST_SECRET)
        .map(String::strip)
        .toList();
  }

  private static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return !upper.endsWith(FILE_NAME_END) && SECRET_NAME_PARTS.stream().anyMatch(upper::contains);
  }

  /** Writes {@code "<command>: <message>"} as one line. */
  public void line(String command, String message) {
    err.println(redact(command + ": " + oneLine(message)));
    err.flush();
  }

  /** Writes the stack trace of {@code error}, for {@code --verbose}. */
  public void stackTrace(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    err.print(redact(trace.toString()));
    err.flush();
  }

  /** A warning that does not end the command. */
  public void warning(String command, String message) {
    line(command, "warning: " + message);
  }

  private String redact(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
