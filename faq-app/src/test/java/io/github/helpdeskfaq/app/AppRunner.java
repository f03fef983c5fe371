package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.app.interaction.Browser;
import io.github.helpdeskfaq.app.interaction.Terminal;
import io.github.helpdeskfaq.app.render.Ticker;
import io.github.helpdeskfaq.app.settings.Adapters;
import io.github.helpdeskfaq.app.settings.HelpdeskFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the whole program in-process, as {@link Main} would, and captures what it did. */
final class AppRunner {

  private final Path workingDirectory;
  private final Map<String, String> environment = new HashMap<>();
  private HelpdeskFactory helpdesks = new Adapters();
  private boolean interactive;
  /** A clock that stands still unless a test brings its own: nothing a test sees depends on the machine's speed. */
  private Ticker ticker = () -> 0L;
  private int stdoutLinesBeforeClose = -1;
  private Optional<Terminal> terminal = Optional.empty();
  private final List<String> questions = new ArrayList<>();
  private Browser browser = Browser.NONE;

  private AppRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  static AppRunner in(Path workingDirectory) {
    return new AppRunner(workingDirectory);
  }

  AppRunner env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  AppRunner env(Map<String, String> variables) {
    environment.putAll(variables);
    return this;
  }

  AppRunner helpdesks(HelpdeskFactory factory) {
    this.helpdesks = factory;
    return this;
  }

  /** Makes standard output a pipe whose reader stops after {@code lines} lines, as {@code | head -n} does. */
  AppRunner stdoutClosedAfter(int lines) {
    this.stdoutLinesBeforeClose = lines;
    return this;
  }

  /** Makes the program's clock this one, for progress and elapsed time. */
  AppRunner ticker(Ticker clock) {
    this.ticker = clock;
    return this;
  }

  /** Gives the program a terminal at which these answers are typed, one per question; then the input ends. */
  AppRunner terminal(String... answers) {
    Deque<String> typed = new ArrayDeque<>(List.of(answers));
    this.terminal = Optional.of(question -> {
      questions.add(question);
      return Optional.ofNullable(typed.poll());
    });
    return this;
  }

  /** The questions the program asked at the terminal, in order. */
  List<String> questions() {
    return List.copyOf(questions);
  }

  /** Gives the program this browser to open pages in. */
  AppRunner browser(Browser opener) {
    this.browser = opener;
    return this;
  }

  AppRunner interactive() {
    this.interactive = true;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    OutputStream pipe = stdoutLinesBeforeClose < 0 ? out : new ClosingPipe(out, stdoutLinesBeforeClose);
    try (PrintStream stdout = new PrintStream(pipe, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exitCode = new FaqApp(interactive, helpdesks, ticker, terminal, browser)
          .run(args, environment, stdout, stderr, workingDirectory);
    }
    return new Result(exitCode, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** What one run did. */
  record Result(int exitCode, byte[] stdoutBytes, String stderr) {

    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    /** Standard error, split into lines. */
    String[] stderrLines() {
      return stderr.isEmpty() ? new String[0] : stderr.split("\n");
    }

    /** The last line of standard error, where a failure's remedy goes. */
    String lastStderrLine() {
      String[] lines = stderrLines();
      return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr;
    }
  }

  /** A pipe whose reader goes away after some lines: every later write fails, as writing to a closed pipe does. */
  private static final class ClosingPipe extends OutputStream {
    private final OutputStream read;
    private int linesLeft;

    ClosingPipe(OutputStream read, int lines) {
      this.read = read;
      this.linesLeft = lines;
    }

    @Override
    public void write(int b) throws IOException {
      if (linesLeft == 0) {
        throw new IOException("Broken pipe");
      }
      read.write(b);
      if (b == '\n') {
        linesLeft--;
      }
    }
  }
}
