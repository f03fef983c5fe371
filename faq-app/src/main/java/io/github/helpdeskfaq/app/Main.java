package io.github.helpdeskfaq.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The process entry point: hands the environment, streams and folder to {@link FaqApp}, and exits with its code. */
public final class Main {

  private Main() {}

  /**
   * Runs {@code faq-app} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: the JSON view must be UTF-8, and FAQs are rarely ASCII only.
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean interactive = System.console() != null;
    int exitCode = new FaqApp(interactive).run(args, System.getenv(), out, err, Path.of("").toAbsolutePath());
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
