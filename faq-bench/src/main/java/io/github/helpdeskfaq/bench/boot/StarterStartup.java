package io.github.helpdeskfaq.bench.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The start-up cost of faq-spring-boot-starter: {@link MinimalWebApplication} started as a fresh JVM, from the
 * process's start to its "ready" line (Spring Boot's {@code ApplicationReadyEvent}: the web server listening), with
 * the starter on its class path and without it, in turn, each round starting with the other one. Both class paths
 * are the same jars (target/boot-lib, copied by the -Pbench build) but for the starter's two, whose
 * auto-configuration is all that brings the rest into play; with it, the Feishu adapter is built (test credentials,
 * nothing is sent). The figure is the median of each, and their ratio.
 *
 * <p>Options: {@code --rounds R} (default 10), {@code --lib DIR} (default faq-bench/target/boot-lib),
 * {@code --classes DIR} (default faq-bench/target/classes), {@code --out FILE} (also write the table there).
 */
public final class StarterStartup {

  private static final String STARTER = "faq-spring-boot-";
  private static final List<String> APPLICATION_ARGS = List.of("--server.port=0", "--server.address=127.0.0.1",
      "--spring.main.banner-mode=off", "--logging.level.root=warn", "--helpdesk.feishu.app-id=cli_bench",
      "--helpdesk.feishu.app-secret=bench-secret", "--helpdesk.feishu.helpdesk-id=1",
      "--helpdesk.feishu.helpdesk-token=bench-token");

  private StarterStartup() {}

  /**
   * Runs the comparison and prints its table.
   *
   * @param args the options above
   * @throws IOException if a process cannot be started or the table written
   */
  public static void main(String[] args) throws IOException {
    List<String> options = List.of(args);
    int rounds = Integer.parseInt(option(options, "--rounds", "10"));
    Path lib = Path.of(option(options, "--lib", "faq-bench/target/boot-lib"));
    Path classes = Path.of(option(options, "--classes", "faq-bench/target/classes"));
    List<Path> jars;
    try (Stream<Path> listed = Files.list(lib)) {
      jars = listed.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
    }
    List<Path> withStarter = new ArrayList<>(List.of(classes));
    withStarter.addAll(jars);
    List<Path> without = withStarter.stream()
        .filter(entry -> !entry.getFileName().toString().startsWith(STARTER)).toList();
    if (without.size() != withStarter.size() - 2) {
      throw new IllegalStateException("expected the starter's two jars in " + lib + ", found "
          + (withStarter.size() - without.size()));
    }
    List<Long> withMillis = new ArrayList<>();
    List<Long> withoutMillis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      if (round % 2 == 0) {
        withoutMillis.add(startMillis(without));
        withMillis.add(startMillis(withStarter));
      } else {
        withMillis.add(startMillis(withStarter));
        withoutMillis.add(startMillis(without));
      }
    }
    String table = table(rounds, median(withoutMillis), median(withMillis), withoutMillis, withMillis);
    System.out.print(table);
    String out = option(options, "--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
    }
  }

  /** Starts the application on this class path and returns the milliseconds until it said it is ready. */
  static long startMillis(List<Path> classPath) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString)
        .toList()), MinimalWebApplication.class.getName()));
    command.addAll(APPLICATION_ARGS);
    long start = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException cannotStart) {
      throw new UncheckedIOException(cannotStart);
    }
    try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> seen = new ArrayList<>();
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.equals(MinimalWebApplication.READY)) {
          return (System.nanoTime() - start) / 1_000_000;
        }
        seen.add(line);
      }
      throw new IllegalStateException("the application ended without getting ready:\n" + String.join("\n", seen));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    } finally {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static String table(int rounds, long without, long with, List<Long> withoutMillis, List<Long> withMillis) {
    return "| minimal web application (" + rounds + " rounds, in turn) | median start to ready | rounds (ms) |\n"
        + "| --- | ---: | --- |\n"
        + "| without the starter | " + without + " ms | " + withoutMillis + " |\n"
        + "| with faq-spring-boot-starter | " + with + " ms | " + withMillis + " |\n"
        + "| cost of the starter | " + String.format(Locale.ROOT, "%+.1f %%", 100.0 * (with - without) / without)
        + " | |\n";
  }

  private static String option(List<String> options, String name, String fallback) {
    int at = options.indexOf(name);
    return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
  }
}
