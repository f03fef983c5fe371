package io.github.helpdeskfaq.bench.cold;

import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import io.github.helpdeskfaq.bench.fixture.BenchServer;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Endpoint;
import io.github.helpdeskfaq.bench.fixture.RawSocketClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The adapter against the official SDK as whole processes: each run is a fresh JVM ({@link ColdProcessClient}) that
 * builds one client, gets the seed FAQ from the loopback server N times and exits; what it costs is the CPU time
 * (user + sys) of that process, start-up, class loading, JIT compilation and collections included, read from
 * {@code /proc/<pid>/stat} once its calls are done. JMH's warmed figures leave all of that out.
 *
 * <p>The server runs in this JVM, so its work never counts. The clients take turns, each round starting with the
 * next one (adapter first in one round, the SDK first in the next), and each figure is the median over the rounds,
 * with its spread, because this VM's CPUs are shared and its figures move from one run to the next.
 *
 * <p>Options: {@code --quick} (3 rounds of a few thousand calls: to try things out), {@code --rounds R}
 * (default 10), {@code --calls N} (sequential calls, default 20,000), {@code --threaded-calls M} (calls per thread at
 * 8 threads, default 40,000; 0 leaves a mode out), {@code --jvm-arg ARG} (repeatable: passed to every client JVM, e.g.
 * to see what JIT or GC settings change), {@code --against socket|simulator|both} (the stand-ins to run against, in
 * turn, a table each; default both), {@code --also NAME=JAR} (repeatable: one more contender, the adapter as
 * built in another benchmarks jar, to measure a change to the adapter in the same rounds), {@code --out FILE} (also
 * write the table there).
 */
public final class ColdProcessComparison {

  static final int THREADS = 8;

  private ColdProcessComparison() {}

  /** What one comparison ran: the rounds, the calls, the client JVMs' extra options. */
  public record Plan(int rounds, int sequentialCalls, int threadedCalls, List<String> jvmArgs, List<Contender> contenders,
      List<String> servers, boolean quick) {

    /** The sequential mode and the threaded one; a mode of 0 calls is left out. */
    List<Mode> modes() {
      List<Mode> modes = new ArrayList<>();
      if (sequentialCalls > 0) {
        modes.add(new Mode(1, sequentialCalls));
      }
      if (threadedCalls > 0) {
        modes.add(new Mode(THREADS, threadedCalls));
      }
      return modes;
    }

    public static Plan of(List<String> args) {
      boolean quick = args.contains("--quick");
      int rounds = quick ? 3 : 10;
      int sequential = quick ? 2_000 : 20_000;
      int threaded = quick ? 2_000 : 40_000;
      List<String> jvmArgs = new ArrayList<>();
      List<String> servers = BenchServer.KINDS;
      String ownJar = System.getProperty("java.class.path");
      List<Contender> contenders = new ArrayList<>(List.of(new Contender(Clients.ADAPTER, Clients.ADAPTER, ownJar),
          new Contender(Clients.OFFICIAL_SDK, Clients.OFFICIAL_SDK, ownJar)));
      for (int i = 0; i < args.size() - 1; i++) {
        switch (args.get(i)) {
          case "--rounds" -> rounds = Integer.parseInt(args.get(i + 1));
          case "--calls" -> sequential = Integer.parseInt(args.get(i + 1));
          case "--threaded-calls" -> threaded = Integer.parseInt(args.get(i + 1));
          case "--jvm-arg" -> jvmArgs.add(args.get(i + 1));
          case "--against" -> servers = args.get(i + 1).equals("both") ? BenchServer.KINDS : List.of(args.get(i + 1));
          case "--also" -> {
            String[] nameAndJar = args.get(i + 1).split("=", 2);
            contenders.add(new Contender(nameAndJar[0], Clients.ADAPTER, nameAndJar[1]));
          }
          default -> { }
        }
      }
      return new Plan(rounds, sequential, threaded, List.copyOf(jvmArgs), List.copyOf(contenders), servers, quick);
    }
  }

  /** A client to measure: its label in the table, which client it runs, and from which class path. */
  record Contender(String label, String client, String classPath) {}

  /** A number of threads, each making a number of calls after the first one. */
  record Mode(int threads, int calls) {
    int totalCalls() {
      return threads * calls;
    }
  }

  /**
   * One client process: CPU in nanoseconds (user, system, and the part spent up to its first answer, start-up
   * included; of the total, what the JIT compiler threads, the garbage collector's threads and Okio's timeout
   * watchdog threads used), wall time to its last answer, peak resident memory, classes loaded, collections.
   */
  record Sample(String label, Mode mode, long userNanos, long sysNanos, long firstCallNanos, long jitNanos,
      long gcNanos, long watchdogNanos, long wallNanos, long peakRssKib, long classes, long collections) {
    long cpuNanos() {
      return userNanos + sysNanos;
    }
  }

  /**
   * Runs the comparison and prints its table.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) throws Exception {
    String table = run(Plan.of(List.of(args)));
    System.out.println();
    System.out.println(table);
    String out = BenchRuns.option(List.of(args), "--out");
    if (out != null) {
      Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
    }
  }


  /** Runs the rounds against each server of the plan in turn, started here, and renders a table for each. */
  public static String run(Plan plan) throws Exception {
    StringBuilder tables = new StringBuilder();
    for (String server : plan.servers()) {
      tables.append(run(plan, server)).append('\n');
    }
    return tables.toString();
  }

  private static String run(Plan plan, String kind) throws Exception {
    String loadBefore = BenchRuns.loadAverage();
    long started = System.nanoTime();
    List<Sample> samples = new ArrayList<>();
    try (BenchServer server = BenchServer.start(kind)) {
      Endpoint endpoint = Endpoint.of(server);
      warmUp(endpoint);
      long ticksPerSecond = clockTicksPerSecond();
      for (int round = 0; round < plan.rounds(); round++) {
        for (Mode mode : plan.modes()) {
          List<Contender> order = new ArrayList<>(plan.contenders());
          Collections.rotate(order, round);
          for (Contender contender : order) {
            Sample sample = measure(endpoint, contender, mode, plan.jvmArgs(), ticksPerSecond);
            System.out.printf("faq-bench cold (%s): round %d/%d, %d × %,d, %-11s CPU %,6d ms (user %,d, sys %,d), "
                + "wall %,d ms%n", kind, round + 1, plan.rounds(), mode.threads(), mode.calls(), contender.label(),
                sample.cpuNanos() / 1_000_000, sample.userNanos() / 1_000_000, sample.sysNanos() / 1_000_000,
                sample.wallNanos() / 1_000_000);
            samples.add(sample);
          }
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    return new ColdProcessTable(plan, kind, samples, loadBefore, BenchRuns.loadAverage(), seconds).render();
  }

  /** One client process, from its start to its exit, with its CPU time read while it waits after its calls. */
  private static Sample measure(Endpoint endpoint, Contender contender, Mode mode, List<String> jvmArgs,
      long ticksPerSecond) throws IOException, InterruptedException {
    String client = contender.label();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", contender.classPath(), ColdProcessClient.class.getName(), contender.client(),
        endpoint.baseUrl, Integer.toString(mode.threads()), Integer.toString(mode.calls())));
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long firstCall = -1;
    long wall = -1;
    long[] cpu = null;
    long[] threads = null;
    long rss = -1;
    String[] jvm = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8)); OutputStream release = process.getOutputStream()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(ColdProcessClient.FIRST_CALL)) {
          firstCall = Long.parseLong(line.substring(ColdProcessClient.FIRST_CALL.length()));
        } else if (line.startsWith(ColdProcessClient.DONE)) {
          wall = System.nanoTime() - started;
          cpu = cpuTicks(Path.of("/proc", Long.toString(process.pid()), "stat"));
          threads = threadTicks(process.pid());
          rss = peakRssKib(process.pid());
          int failures = Integer.parseInt(line.substring(ColdProcessClient.DONE.length()));
          if (failures > 0) {
            throw new IllegalStateException(client + ": " + failures + " calls failed");
          }
          release.write('\n');
          release.flush();
        } else if (line.startsWith(ColdProcessClient.JVM)) {
          jvm = line.substring(ColdProcessClient.JVM.length()).split(" ");
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || cpu == null || jvm == null || firstCall < 0) {
      throw new IllegalStateException(client + " " + mode + ": the client process failed (exit " + exit + ")");
    }
    long tick = 1_000_000_000L / ticksPerSecond;
    return new Sample(client, mode, cpu[0] * tick, cpu[1] * tick, firstCall, threads[0] * tick,
        threads[1] * tick, threads[2] * tick, wall, rss, Long.parseLong(jvm[0]), Long.parseLong(jvm[1]));
  }

  /**
   * User and system time, in clock ticks, from a {@code stat} file of {@code /proc}: of a whole process (all its
   * threads, those ended too) or of one thread.
   */
  private static long[] cpuTicks(Path stat) throws IOException {
    String line = Files.readString(stat);
    // After the command name in parentheses: state is field 3; utime and stime are fields 14 and 15.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
  }

  /**
   * The CPU time (user + sys, in ticks) of the JIT compiler threads, the garbage collector's threads and Okio's
   * watchdog threads (the adapter's and the SDK's shaded one are both named so), by the names the JVM gives its
   * threads. They live as long as the process, so the threads alive after the calls hold all of it.
   */
  private static long[] threadTicks(long pid) throws IOException {
    long[] ticks = new long[3];
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException ended) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1
            : name.startsWith("Okio Watchdog") ? 2 : -1;
        if (kind >= 0) {
          long[] cpu = cpuTicks(task.resolve("stat"));
          ticks[kind] += cpu[0] + cpu[1];
        }
      }
    }
    return ticks;
  }

  /** The process's peak resident set (VmHWM), in KiB. */
  private static long peakRssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** {@code getconf CLK_TCK}: the unit of {@code /proc/<pid>/stat}'s times (100 on Linux as built everywhere). */
  private static long clockTicksPerSecond() throws IOException, InterruptedException {
    Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
    String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    return getconf.waitFor() == 0 && answer.matches("[0-9]+") ? Long.parseLong(answer) : 100;
  }

  /** The server answers its first requests interpreted: warm it up so that the first client is not slowed. */
  private static void warmUp(Endpoint endpoint) throws Exception {
    try (RawSocketClient raw = new RawSocketClient(endpoint)) {
      for (int i = 0; i < 20_000; i++) {
        raw.getFaq();
      }
    }
  }
}
