package io.github.helpdeskfaq.app.interaction;

import java.io.Console;
import java.util.Optional;

/** A person at a terminal, who can be asked a question. Only a program run in one has it ({@link #system()}). */
@FunctionalInterface
public interface Terminal {

  /**
   * Asks a question and reads the answer.
   *
   * @param question the question, shown as it is, without a line break after it
   * @return the line typed, or empty at the end of the input
   */
  Optional<String> ask(String question);

  /**
   * The process's terminal: {@link System#console()}, which is there when standard input and output both are one.
   *
   * @return the terminal, or empty when the program does not run in one
   */
  static Optional<Terminal> system() {
    Console console = System.console();
    return console == null ? Optional.empty()
        : Optional.of(question -> Optional.ofNullable(console.readLine("%s", question)));
  }
}
