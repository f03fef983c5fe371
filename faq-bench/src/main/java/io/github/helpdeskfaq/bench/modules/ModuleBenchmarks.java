package io.github.helpdeskfaq.bench.modules;

import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The optional modules' benchmarks: a faq-cache hit ({@link CacheHitBenchmark}) and a faq-quota-redis permit
 * ({@link SharedQuotaBenchmark}) at 1 and 8 threads, in JMH; then how much of a quota three replicas use
 * ({@link SharedQuotaUse}). Prints a Markdown table with the targets. {@code --quick}: short runs, to try things
 * out; {@code --out FILE}: also write the table there.
 */
public final class ModuleBenchmarks {

  private static final double TARGET_HIT_MICROS = 1.0;
  private static final double TARGET_QUOTA_USED = 0.90;
  private static final String ALLOC = "gc.alloc.rate.norm";

  private ModuleBenchmarks() {}

  /**
   * Runs them all and prints the table.
   *
   * @param args {@code --quick}, {@code --out FILE}
   */
  public static void main(String[] args) throws Exception {
    String table = run(List.of(args).contains("--quick"));
    System.out.println();
    System.out.println(table);
    String out = BenchRuns.option(List.of(args), "--out");
    if (out != null) {
      Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
    }
  }


  /** Runs the benchmarks and renders the table. */
  public static String run(boolean quick) throws RunnerException, InterruptedException {
    int forks = quick ? 1 : 2;
    int iterations = quick ? 2 : 5;
    Map<String, RunResult> hit1 = byKeys(jmh(CacheHitBenchmark.class, "hit", 1, forks, iterations));
    Map<String, RunResult> hit8 = byKeys(jmh(CacheHitBenchmark.class, "hit", 8, forks, iterations));
    RunResult[] permit = {only(jmh(SharedQuotaBenchmark.class, "permit", 1, forks, iterations)),
        only(jmh(SharedQuotaBenchmark.class, "permit", 8, forks, iterations))};
    int periods = quick ? 4 : 20;
    List<SharedQuotaUse.Result> uses = new ArrayList<>();
    for (long quota : new long[] {50, 500}) {
      System.out.println("faq-bench: three replicas sharing a quota of " + quota + " per second, " + periods
          + " periods");
      uses.add(SharedQuotaUse.measure(quota, Duration.ofSeconds(1), periods, 4));
    }
    return render(quick, forks, iterations, hit1, hit8, permit, uses);
  }

  private static Collection<RunResult> jmh(Class<?> benchmark, String method, int threads, int forks,
      int iterations) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(Pattern.quote(benchmark.getName() + "." + method) + "$")
        .forks(forks)
        .threads(threads)
        .warmupIterations(iterations)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend(BenchRuns.JVM_ARGS.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build()).run();
  }

  private static RunResult only(Collection<RunResult> runs) {
    return runs.iterator().next();
  }

  /** The cache's results by their number of keys. */
  private static Map<String, RunResult> byKeys(Collection<RunResult> runs) {
    Map<String, RunResult> byKeys = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
    runs.forEach(run -> byKeys.put(run.getParams().getParam("keys"), run));
    return byKeys;
  }

  private static String render(boolean quick, int forks, int iterations, Map<String, RunResult> hit1,
      Map<String, RunResult> hit8, RunResult[] permit, List<SharedQuotaUse.Result> uses) {
    StringBuilder out = new StringBuilder();
    RunResult hot1 = hit1.get("1");
    double hitMicros = 1e6 / hot1.getPrimaryResult().getScore();
    double permitMicros = 1e6 / permit[0].getPrimaryResult().getScore();
    out.append("**faq-cache and faq-quota-redis**, measured ").append(LocalDate.now()).append(" on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
        .append(". JMH: ").append(forks).append(" forks × ").append(iterations).append(" × 1 s after ")
        .append(iterations).append(" × 1 s of warm-up, heap ").append(BenchRuns.JVM_ARGS)
        .append(", `-prof gc`; ± is JMH's 99.9 % interval. Redis: the redis-server of embedded-redis on the ")
        .append("loopback, in its own process. Load average ").append(BenchRuns.loadAverage())
        .append(" at the end").append(quick ? ". QUICK RUN (--quick): too short to quote" : "").append(".\n\n");
    out.append("| what | 1 thread | 8 threads | time per operation, 1 thread | B/op, 1 thread |\n");
    out.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, RunResult> keys : hit1.entrySet()) {
      RunResult one = keys.getValue();
      out.append("| cache hit (`CachingHelpdesk` over the fake), ").append(keys.getKey().equals("1")
          ? "one hot key" : String.format(Locale.ROOT, "%,d keys", Integer.parseInt(keys.getKey()))).append(" | ")
          .append(ops(one)).append(" | ").append(ops(hit8.get(keys.getKey()))).append(" | ")
          .append(micros(1e6 / one.getPrimaryResult().getScore())).append(" | ").append(bytes(one)).append(" |\n");
    }
    out.append("| shared-quota permit (`RedisSharedQuota.tryAcquire`, loopback Redis) | ").append(ops(permit[0]))
        .append(" | ").append(ops(permit[1])).append(" | ").append(micros(permitMicros)).append(" | ")
        .append(bytes(permit[0])).append(" |\n\n");
    out.append("| quota Q | replicas × callers | periods counted | permits granted | of Q × periods "
        + "| per replica | refused (waited a period) | Redis too slow |\n");
    out.append("| ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |\n");
    for (SharedQuotaUse.Result use : uses) {
      StringBuilder shares = new StringBuilder();
      for (long replica : use.perReplica()) {
        shares.append(shares.length() == 0 ? "" : " / ").append(replica);
      }
      out.append(String.format(Locale.ROOT, "| %d per %d s | %d × %d | %d | %,d | %.1f %% | %s | %,d | %,d |%n",
          use.quota(), use.period().toSeconds(), SharedQuotaUse.REPLICAS, use.threadsPerReplica(), use.periods(),
          use.granted(), use.used() * 100, shares, use.refused(), use.unavailable()));
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "- cache hit ≤ %.0f µs at 1 thread: %s — %s%n", TARGET_HIT_MICROS,
        micros(hitMicros), hitMicros <= TARGET_HIT_MICROS ? "**met**" : "**missed**"));
    StringBuilder scaling = new StringBuilder();
    for (String keys : hit1.keySet()) {
      scaling.append(scaling.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× with %s",
          hit8.get(keys).getPrimaryResult().getScore() / hit1.get(keys).getPrimaryResult().getScore(),
          keys.equals("1") ? "one hot key" : keys + " keys"));
    }
    out.append("- cache hits across threads: 8 threads get ").append(scaling).append(" the 1-thread throughput, on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
    for (SharedQuotaUse.Result use : uses) {
      out.append(String.format(Locale.ROOT, "- three replicas use ≥ %.0f %% of a quota of %d per second: %.1f %% — "
          + "%s%n", TARGET_QUOTA_USED * 100, use.quota(), use.used() * 100,
          use.used() >= TARGET_QUOTA_USED ? "**met**" : "**missed**"));
    }
    return out.toString();
  }

  private static String ops(RunResult run) {
    Result<?> primary = run.getPrimaryResult();
    return String.format(Locale.ROOT, "%,.0f ± %,.0f ops/s", primary.getScore(), primary.getScoreError());
  }

  private static String micros(double value) {
    return value < 1 ? String.format(Locale.ROOT, "%.0f ns", value * 1000)
        : String.format(Locale.ROOT, "%.0f µs", value);
  }

  private static String bytes(RunResult run) {
    Result<?> alloc = run.getSecondaryResults().get(ALLOC);
    return alloc == null ? "—" : String.format(Locale.ROOT, "%,.0f B", alloc.getScore());
  }
}
