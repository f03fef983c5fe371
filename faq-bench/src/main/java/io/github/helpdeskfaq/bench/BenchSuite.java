package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.bench.cold.ColdProcessComparison;
import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import io.github.helpdeskfaq.bench.fixture.BenchServer;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Endpoint;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.bench.modules.ModuleBenchmarks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark in one command ({@code java -jar faq-bench/target/benchmarks.jar}), in three parts, each printed as
 * Markdown: the clients in JMH (this class: the loopback server in this JVM, the benchmarks in forked JVMs with
 * {@code -prof gc}, get FAQ at 1 and 8 threads, the 64 MiB image, and each client's heap growth during a download in
 * a fresh JVM, with the ratios to the official SDK); the optional modules
 * ({@link ModuleBenchmarks}); the adapter against the SDK as whole cold processes ({@link ColdProcessComparison}).
 *
 * <p>Options: {@code --quick} (short runs of every part, for trying things out; not for the README),
 * {@code --only jmh|modules|cold} (one part), {@code --out FILE} (also write the tables there), {@code --server}
 * (only start the server and print the JVM options that point a benchmark at it, for running single benchmarks
 * with JMH's own command line and profilers, e.g. {@code java -cp benchmarks.jar org.openjdk.jmh.Main
 * GetFaqBenchmark -p client=adapter -prof stack -jvmArgsAppend "<printed options>"}).
 */
public final class BenchSuite {

  /** The heap that a streaming client must get a 64 MiB image through. */
  static final String SMALL_HEAP = "-Xmx32m";

  private BenchSuite() {}

  /**
   * Runs the suite.
   *
   * @param args {@code --quick}, {@code --only PART}, {@code --out FILE}, {@code --server}
   */
  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    if (options.contains("--server")) {
      serveUntilKilled();
      return;
    }
    boolean quick = options.contains("--quick");
    String only = BenchRuns.option(options, "--only");
    if (only != null && !List.of("jmh", "modules", "cold").contains(only)) {
      throw new IllegalArgumentException("--only jmh, modules or cold, not " + only);
    }
    StringBuilder tables = new StringBuilder();
    if (only == null || only.equals("jmh")) {
      tables.append(clients(quick)).append('\n');
    }
    if (only == null || only.equals("modules")) {
      tables.append(ModuleBenchmarks.run(quick)).append('\n');
    }
    if (only == null || only.equals("cold")) {
      tables.append(ColdProcessComparison.run(ColdProcessComparison.Plan.of(options))).append('\n');
    }
    System.out.println();
    System.out.println(tables);
    String out = BenchRuns.option(options, "--out");
    if (out != null) {
      Files.writeString(Path.of(out), tables, StandardCharsets.UTF_8);
    }
  }

  /** The clients in JMH, and their heap growth: the first part's table. */
  private static String clients(boolean quick) throws Exception {
    long started = System.nanoTime();
    Results results = new Results();
    try (BenchServer server = BenchServer.start()) {
      Endpoint endpoint = Endpoint.of(server);
      System.out.println("faq-bench: server on " + endpoint.baseUrl + " (this JVM), image SHA-256 "
          + endpoint.imageSha256);
      for (Run run : interleaved(plan(quick))) {
        Collection<RunResult> measured = run(endpoint, run);
        if (run.benchmark() == ImageBenchmark.class) {
          results.addImage(measured);
        } else {
          results.addGet(run.threads(), measured);
        }
      }
      for (String client : Clients.ALL) {
        results.addHeapGrowth(client, probe(endpoint, client, BenchRuns.JVM_ARGS));
        if (!Clients.FAKE.equals(client)) {
          results.addSmallHeap(client, probe(endpoint, client, List.of(SMALL_HEAP)));
        }
      }
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    return new ResultTable(results, quick, seconds).render();
  }

  private static void serveUntilKilled() throws IOException, InterruptedException {
    BenchServer server = BenchServer.start();
    System.out.println(String.join(" ", Endpoint.of(server).asJvmArgs()));
    Thread.currentThread().join();
  }

  /** One JMH run: a benchmark method for some clients at a thread count, with its forks and iterations. */
  record Run(Class<?> benchmark, String method, List<String> clients, int threads, int forks, int warmups,
      int measurements, TimeValue time) {}

  /**
   * Seconds of warm-up of a network client at 1 thread: both reach their steady throughput after 7 to 10 s (the
   * adapter, with more code for C2 to compile, 2 s or so after the SDK).
   */
  static final int WARMUP_1_THREAD = 15;
  /**
   * Seconds of warm-up of a network client at 8 threads: the JIT compilers then share the 2 CPUs with 8 busy
   * threads. The official SDK reaches its steady throughput only after about 15 s, the adapter (more code to
   * compile: Retrofit, Resilience4j, the mapping) after 20 to 25 s.
   */
  static final int WARMUP_8_THREADS = 25;

  /**
   * What the suite runs, sized to finish in about 6 minutes on 2 cores. The network clients get two forks (a fork's
   * JIT decisions and thread placement shift its throughput by more than a fork's own iterations vary) and a long
   * warm-up at 8 threads; the fake and the raw socket settle at once.
   */
  static List<Run> plan(boolean quick) {
    List<String> network = List.of(Clients.ADAPTER, Clients.OFFICIAL_SDK);
    List<String> simple = List.of(Clients.FAKE, Clients.RAW_SOCKET);
    TimeValue second = TimeValue.seconds(1);
    if (quick) {
      return List.of(
          new Run(GetFaqBenchmark.class, "getFaq", Clients.ALL, 1, 1, 2, 2, second),
          new Run(GetFaqBenchmark.class, "getFaq", Clients.ALL, 8, 1, 2, 2, second),
          new Run(ImageBenchmark.class, "image", Clients.ALL, 1, 1, 1, 2, TimeValue.seconds(2)));
    }
    return List.of(
        new Run(GetFaqBenchmark.class, "getFaq", network, 1, 2, WARMUP_1_THREAD, 6, second),
        new Run(GetFaqBenchmark.class, "getFaq", simple, 1, 1, 3, 5, second),
        new Run(GetFaqBenchmark.class, "getFaq", network, 8, 2, WARMUP_8_THREADS, 6, second),
        new Run(GetFaqBenchmark.class, "getFaq", simple, 8, 1, 3, 5, second),
        new Run(ImageBenchmark.class, "image", Clients.ALL, 1, 1, 2, 4, TimeValue.seconds(2)));
  }

  /**
   * Splits each run of several forks and clients into rounds of one fork per client, the clients in turn, every
   * other round in reverse order: this VM has slow spells of several seconds (host contention that it does not
   * report as steal time), and forks of one client after another would let a spell fall on one client only. The
   * forks of a client are merged again in {@link Results}.
   */
  static List<Run> interleaved(List<Run> plan) {
    List<Run> rounds = new ArrayList<>();
    for (Run run : plan) {
      if (run.forks() == 1 || run.clients().size() == 1) {
        rounds.add(run);
        continue;
      }
      for (int round = 0; round < run.forks(); round++) {
        List<String> order = new ArrayList<>(run.clients());
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String client : order) {
          rounds.add(new Run(run.benchmark(), run.method(), List.of(client), run.threads(), 1, run.warmups(),
              run.measurements(), run.time()));
        }
      }
    }
    return rounds;
  }

  private static Collection<RunResult> run(Endpoint endpoint, Run run) throws RunnerException {
    List<String> jvmArgs = new ArrayList<>(BenchRuns.JVM_ARGS);
    jvmArgs.addAll(List.of(endpoint.asJvmArgs()));
    jvmArgs.add("-D" + Seed.JSON_PROPERTY + "=" + (Seed.prettyJson() ? "pretty" : "compact"));
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Pattern.quote(run.benchmark().getName() + "." + run.method()) + "$")
        .param("client", run.clients().toArray(String[]::new))
        .forks(run.forks())
        .threads(run.threads())
        .warmupIterations(run.warmups())
        .warmupTime(run.time())
        .measurementIterations(run.measurements())
        .measurementTime(run.time())
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    return new Runner(options.build()).run();
  }

  /** Runs {@link HeapGrowthProbe} for one client in a fresh JVM with the given heap options. */
  private static Probe probe(Endpoint endpoint, String client, List<String> heap) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(heap);
    command.addAll(List.of(endpoint.asJvmArgs()));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapGrowthProbe.class.getName(), client));
    System.out.println("faq-bench: heap growth of " + client + " with " + heap);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Long growth = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(HeapGrowthProbe.RESULT_PREFIX)) {
          growth = Long.parseLong(line.substring(HeapGrowthProbe.RESULT_PREFIX.length()).trim());
        } else {
          output.append(line).append('\n');
        }
      }
    }
    int exit = process.waitFor();
    boolean outOfMemory = output.indexOf("OutOfMemoryError") >= 0;
    if (exit != 0 && !outOfMemory) {
      System.out.print(output);
    }
    return new Probe(exit == 0 ? growth : null, outOfMemory);
  }

  /** What one probe JVM said: the growth in bytes (null if it failed), and whether it ran out of heap. */
  record Probe(Long growthBytes, boolean outOfMemory) {}

  /** The numbers the table is made of. */
  static final class Results {
    /** client → threads → result. */
    final Map<String, Map<Integer, RunResult>> get = new LinkedHashMap<>();
    final Map<String, RunResult> image = new LinkedHashMap<>();
    final Map<String, Probe> heapGrowth = new LinkedHashMap<>();
    final Map<String, Probe> smallHeap = new LinkedHashMap<>();

    void addGet(int threads, Collection<RunResult> runs) {
      runs.forEach(run -> get.computeIfAbsent(run.getParams().getParam("client"), c -> new LinkedHashMap<>())
          .merge(threads, run, Results::merge));
    }

    void addImage(Collection<RunResult> runs) {
      runs.forEach(run -> image.merge(run.getParams().getParam("client"), run, Results::merge));
    }

    /** The forks of one client, run in separate rounds, as one result: JMH aggregates over all their iterations. */
    private static RunResult merge(RunResult earlier, RunResult later) {
      List<BenchmarkResult> forks = new ArrayList<>(earlier.getBenchmarkResults());
      forks.addAll(later.getBenchmarkResults());
      return new RunResult(earlier.getParams(), forks);
    }

    void addHeapGrowth(String client, Probe probe) {
      heapGrowth.put(client, probe);
    }

    void addSmallHeap(String client, Probe probe) {
      smallHeap.put(client, probe);
    }
  }
}
