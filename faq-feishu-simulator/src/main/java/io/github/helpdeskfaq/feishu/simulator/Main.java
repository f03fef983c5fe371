package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CountDownLatch;

/**
 * The simulator on its own, for a team's local development set-up:
 * {@code java -jar faq-feishu-simulator.jar [--port PORT] [--data FILE]} with the credentials it accepts
 * ({@code --app-id}, {@code --app-secret}, {@code --helpdesk-id}, {@code --helpdesk-token}; defaults
 * {@link Credentials#DEFAULT}). It prints its base URL as the first line of standard output, then serves until the
 * process is stopped; a shutdown hook closes it. {@code --help} prints the usage.
 *
 * <p>Exit codes: 0 after {@code --help}; 2 for bad arguments, a {@code --data} file that cannot be used included,
 * with one line on standard error; 1 when the port cannot be bound.
 */
public final class Main {

  static final int USAGE = 2;
  static final int CANNOT_LISTEN = 1;
  private static final String NAME = "faq-feishu-simulator";

  private Main() {}

  /**
   * Runs the simulator until the process is stopped.
   *
   * @param args the command line; see {@code --help}
   */
  public static void main(String[] args) {
    Launch launch = launch(args, System.out, System.err);
    if (launch.simulator() == null) {
      System.exit(launch.exitCode());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      launch.simulator().close();
      stopped.countDown();
    }, NAME + "-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      launch.simulator().close();
    }
  }

  /**
   * What a command line starts: a running simulator whose base URL is printed, or an exit code with the usage or
   * one line of error.
   */
  static Launch launch(String[] args, PrintStream out, PrintStream err) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args);
    } catch (IllegalArgumentException bad) {
      err.println(NAME + ": " + bad.getMessage() + " (see --help)");
      return new Launch(null, USAGE);
    }
    if (options.help()) {
      out.println(LaunchOptions.USAGE);
      out.flush();
      return new Launch(null, 0);
    }
    FakeHelpdesk content;
    try {
      // It may serve for days: the fake keeps no record of the calls it answers.
      content = options.data().map(FeishuDataFile::seeded).orElseGet(FakeHelpdesk::builder).recordCalls(false)
          .build();
    } catch (IllegalArgumentException | UncheckedIOException unusable) {
      err.println(NAME + ": cannot use --data " + options.data().orElseThrow() + ": " + oneLine(unusable));
      return new Launch(null, USAGE);
    }
    FeishuSimulator simulator;
    try {
      simulator = FeishuSimulator.start(options.credentials(), content, options.port());
    } catch (UncheckedIOException cannotBind) {
      err.println(NAME + ": cannot listen on 127.0.0.1:" + options.port() + ": " + oneLine(cannotBind));
      return new Launch(null, CANNOT_LISTEN);
    }
    out.println(withoutTrailingSlash(simulator.baseUrl()));
    out.flush();
    return new Launch(simulator, 0);
  }

  /** {@code http://127.0.0.1:port}: what the adapter and the official SDK alike take as a base URL. */
  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The problem in one line: its message, and the reason of an I/O failure. */
  private static String oneLine(RuntimeException problem) {
    String message = problem.getMessage();
    Throwable cause = problem.getCause();
    if (cause instanceof NoSuchFileException) {
      message += ": no such file";
    } else if (cause instanceof AccessDeniedException) {
      message += ": access denied";
    } else if (problem instanceof UncheckedIOException && cause != null) {
      message += ": " + cause.getMessage();
    }
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * A launch's outcome.
   *
   * @param simulator the running simulator, or {@code null} when none was started
   * @param exitCode the exit code when none was started
   */
  record Launch(FeishuSimulator simulator, int exitCode) {}
}
