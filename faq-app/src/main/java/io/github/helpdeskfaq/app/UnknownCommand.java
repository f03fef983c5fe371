package io.github.helpdeskfaq.app;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The usage error for a command that does not exist: names it, suggests the closest command when one is a typo
 * away, and lists the commands. Picocli's own suggestions miss transpositions ({@code gte} for {@code get}) and
 * offer unrelated names, so the closest command is found here by edit distance.
 */
final class UnknownCommand {

  /** A name further than this from every command is not a typo of one. */
  private static final int MOST_EDITS = 2;

  private UnknownCommand() {}

  /**
   * The message for {@code invalid} when it is an unknown command, else empty: a command line such as
   * {@code faq-app nosuch}, or {@code faq-app help nosuch} (picocli's help command reports the name as the value of
   * a plain {@link ParameterException} of the top command).
   */
  static Optional<String> message(ParameterException invalid) {
    Set<String> names = invalid.getCommandLine().getSubcommands().keySet();
    Optional<String> unknown = unknownName(invalid).filter(name -> !names.isEmpty() && !names.contains(name));
    if (unknown.isEmpty()) {
      return Optional.empty();
    }
    String typed = unknown.get();
    String suggestion = closest(typed.toLowerCase(Locale.ROOT), names)
        .map(name -> " (did you mean '" + name + "'?)").orElse("");
    return Optional.of("unknown command '" + typed + "'" + suggestion + "; the commands are "
        + String.join(", ", names));
  }

  private static Optional<String> unknownName(ParameterException invalid) {
    if (invalid instanceof UnmatchedArgumentException unmatched) {
      return unmatched.isUnknownOption() || unmatched.getUnmatched().isEmpty() ? Optional.empty()
          : Optional.of(unmatched.getUnmatched().get(0));
    }
    boolean fromHelp = invalid.getClass() == ParameterException.class && invalid.getArgSpec() == null;
    return fromHelp ? Optional.ofNullable(invalid.getValue()) : Optional.empty();
  }

  private static Optional<String> closest(String typed, Set<String> names) {
    return names.stream()
        .filter(name -> edits(typed, name) <= MOST_EDITS)
        .min(Comparator.comparingInt((String name) -> edits(typed, name)));
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
