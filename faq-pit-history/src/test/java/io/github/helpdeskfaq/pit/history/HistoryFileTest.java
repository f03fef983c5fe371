package io.github.helpdeskfaq.pit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pitest.mutationtest.DetectionStatus;

class HistoryFileTest {

  private static final String SHA = "abababababababababababababababababababababababababababababababab";

  @Test
  void a_run_reads_back_equal_whatever_its_names_hold() {
    Run run = new Run(SHA, "absent", SHA, Map.of("com.example.A Test", "cd".repeat(32)), Map.of(
        "MutationIdentifier [location=Location [clazz=a.B, method=c, methodDesc=()V], indexes=[3]]",
        new Outcome(DetectionStatus.KILLED, List.of("a, b%20c [method:d()]"), List.of("a, b%20c [method:d()]", "é")),
        "second", new Outcome(DetectionStatus.SURVIVED, List.of(), List.of())));

    assertThat(HistoryFile.read(new StringReader(written(run)))).isEqualTo(run);
  }

  @Test
  void two_runs_that_found_the_same_write_the_same_text() {
    Map<String, Outcome> outcomes = Map.of("a", new Outcome(DetectionStatus.KILLED, List.of("t"), List.of("t")),
        "b", new Outcome(DetectionStatus.SURVIVED, List.of(), List.of("t")));

    assertThat(written(new Run(SHA, SHA, SHA, Map.of("x", SHA, "y", SHA), outcomes)))
        .isEqualTo(written(new Run(SHA, SHA, SHA, Map.of("y", SHA, "x", SHA), Map.copyOf(outcomes))))
        .startsWith(HistoryFile.FORMAT + "\ncode " + SHA + "\nsupport " + SHA + "\nlibraries " + SHA + "\n");
  }

  @Test
  void lines_are_written_sorted() {
    Map<String, Outcome> outcomes = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      outcomes.put("mutant" + (char) ('z' - i), new Outcome(DetectionStatus.SURVIVED, List.of(), List.of()));
    }

    List<String> lines = written(new Run(SHA, SHA, SHA, Map.of(), outcomes)).lines().toList();

    assertThat(lines.subList(4, lines.size())).hasSize(20).isSorted();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "faq-pit-history 2\ncode absent\nsupport absent", "code absent"})
  void another_format_is_refused_at_line_1(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> HistoryFile.read(new StringReader(text)))
        .withMessage("not a history of format 'faq-pit-history 1': line 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"code 12", "code", "support absent extra", "test name", "test name nothex",
      "mutant id KILLED -", "mutant id NOT_A_STATUS - -", "mutant %zz KILLED - -", "mutant  KILLED - -",
      "something else"})
  void a_damaged_line_is_refused_with_its_number(String line) {
    String text = HistoryFile.FORMAT + "\ncode " + SHA + "\n" + line + "\nsupport " + SHA + "\nlibraries " + SHA + "\n";

    assertThatIllegalArgumentException().isThrownBy(() -> HistoryFile.read(new StringReader(text)))
        .withMessage("not a history of format 'faq-pit-history 1': line 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"support", "code", "libraries"})
  void a_history_without_one_of_its_fingerprints_is_refused(String missing) {
    String text = HistoryFile.FORMAT + "\ncode " + SHA + "\nsupport " + SHA + "\nlibraries " + SHA + "\n";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> HistoryFile.read(new StringReader(text.replaceAll("(?m)^" + missing + " .*\n", ""))))
        .withMessage("not a whole history: no code, support or libraries line");
  }

  private static String written(Run run) {
    StringWriter text = new StringWriter();
    HistoryFile.write(run, new PrintWriter(text));
    return text.toString();
  }
}
