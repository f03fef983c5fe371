package io.github.helpdeskfaq.pit.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pitest.mutationtest.DetectionStatus;

/**
 * The history file: a line of format, then one line per fingerprint and per mutant, each value URL-encoded so that
 * a space only ever separates fields. Lines are sorted, so that two runs that found the same write the same file.
 */
final class HistoryFile {

  static final String FORMAT = "faq-pit-history 1";

  private static final Pattern SPACE = Pattern.compile(" ");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}|absent");
  private static final String NONE = "-";

  private HistoryFile() {}

  /**
   * Reads a history.
   *
   * @throws IllegalArgumentException if the text is not a history of this format; the message says which line
   * @throws UncheckedIOException if the reader fails
   */
  static Run read(Reader text) {
    String code = null;
    String support = null;
    String libraries = null;
    Map<String, String> tests = new HashMap<>();
    Map<String, Outcome> outcomes = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(text)) {
      String line = lines.readLine();
      if (!FORMAT.equals(line)) {
        throw new IllegalArgumentException("not a history of format '" + FORMAT + "': line 1");
      }
      int number = 1;
      while ((line = lines.readLine()) != null) {
        number++;
        String[] fields = SPACE.split(line, -1);
        try {
          switch (fields[0]) {
            case "code" -> code = fingerprint(fields, 2);
            case "support" -> support = fingerprint(fields, 2);
            case "libraries" -> libraries = fingerprint(fields, 2);
            case "test" -> tests.put(decoded(field(fields, 3, 1)), fingerprint(fields, 3));
            case "mutant" -> outcomes.put(decoded(field(fields, 5, 1)), outcome(fields));
            default -> throw new IllegalArgumentException("unknown record");
          }
        } catch (IllegalArgumentException unreadable) {
          throw new IllegalArgumentException("not a history of format '" + FORMAT + "': line " + number, unreadable);
        }
      }
      if (code == null || support == null || libraries == null) {
        throw new IllegalArgumentException("not a whole history: no code, support or libraries line");
      }
      return new Run(code, support, libraries, tests, outcomes);
    } catch (IOException failed) {
      throw new UncheckedIOException("could not read the history", failed);
    }
  }

  /** Writes a history that {@link #read} reads back equal. */
  static void write(Run run, PrintWriter out) {
    List<String> lines = new ArrayList<>();
    run.testClasses().forEach((name, fingerprint) -> lines.add("test " + encoded(name) + " " + fingerprint));
    run.outcomes().forEach((id, outcome) -> lines.add("mutant " + encoded(id) + " " + outcome.status().name() + " "
        + list(outcome.killingTests()) + " " + list(outcome.coveringTests())));
    lines.sort(null);
    out.println(FORMAT);
    out.println("code " + run.code());
    out.println("support " + run.support());
    out.println("libraries " + run.libraries());
    lines.forEach(out::println);
  }

  private static Outcome outcome(String[] fields) {
    DetectionStatus status = DetectionStatus.valueOf(field(fields, 5, 2));
    return new Outcome(status, items(field(fields, 5, 3)), items(field(fields, 5, 4)));
  }

  private static String fingerprint(String[] fields, int count) {
    String value = field(fields, count, count - 1);
    if (!HEX.matcher(value).matches()) {
      throw new IllegalArgumentException("not a fingerprint");
    }
    return value;
  }

  private static String field(String[] fields, int count, int index) {
    if (fields.length != count || fields[index].isEmpty()) {
      throw new IllegalArgumentException("expected " + count + " fields");
    }
    return fields[index];
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? NONE : String.join(",", items.stream().map(HistoryFile::encoded).toList());
  }

  private static List<String> items(String field) {
    return field.equals(NONE) ? List.of() : Arrays.stream(field.split(",", -1)).map(HistoryFile::decoded).toList();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decoded(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
