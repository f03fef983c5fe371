package io.github.helpdeskfaq.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.helpdeskfaq.bench.BenchSuite.Probe;
import io.github.helpdeskfaq.bench.BenchSuite.Results;
import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import io.github.helpdeskfaq.bench.fixture.BenchServer;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Seed;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Renders the suite's results as Markdown: the two tables, the ratios, and the targets met or missed. */
final class ResultTable {

  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final double MIB = 1024.0 * 1024.0;
  private static final double TARGET_GROWTH_MIB = 4.0;

  private final Results results;
  private final boolean quick;
  private final long seconds;
  private final StringBuilder out = new StringBuilder();

  ResultTable(Results results, boolean quick, long seconds) {
    this.results = results;
    this.quick = quick;
    this.seconds = seconds;
  }

  String render() {
    header();
    getTable();
    imageTable();
    targets();
    return out.toString();
  }

  private void header() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores / "
        + Math.round(os.getTotalMemorySize() / (1024.0 * MIB)) + " GiB, " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + ", JMH 1.37 with `-prof gc`, heap " + BenchRuns.JVM_ARGS
        + " (G1), against the " + System.getProperty(BenchServer.KIND_PROPERTY, "socket") + " server. Get FAQ: "
        + "adapter and SDK 2 forks × 6 × 1 s after " + BenchSuite.WARMUP_1_THREAD + " s (1 thread) or "
        + BenchSuite.WARMUP_8_THREADS + " s (8 threads) of warm-up; fake and raw socket 1 fork × 5 × 1 s. "
        + "Forks of different clients run in turn (adapter, SDK; then SDK, adapter), not one client's after "
        + "another. "
        + "Image: 1 fork × 4 × 2 s. ± is JMH's 99.9 % interval. The FAQ's JSON is sent "
        + (Seed.prettyJson() ? "pretty-printed, as the API document prints it (-Dfaqbench.json=pretty). "
        : "compact, as Feishu sends JSON. ")
        + "Suite wall time " + seconds / 60 + " min " + seconds % 60 + " s"
        + (quick ? ". QUICK RUN (--quick): too short to quote" : "") + ".");
    line("");
  }

  private void getTable() {
    line("**Get FAQ** 6936004780707807231 and map it to a typed object (throughput, higher is better; "
        + "B/op from `-prof gc`, at 1 thread). Ratios are of time per call (inverse throughput) and of B/op: "
        + "below 1.00× is better than the reference.");
    line("");
    line("| client | ops/s, 1 thread | ops/s, 8 threads | B/op | time ×SDK (1 t / 8 t) | B/op ×SDK |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (String client : Clients.ALL) {
      Map<Integer, RunResult> runs = results.get.get(client);
      if (runs == null) {
        continue;
      }
      line("| " + client + " | " + score(runs.get(1)) + " | " + score(runs.get(8)) + " | "
          + bytes(alloc(runs.get(1))) + " | "
          + ratio(timeRatio(client, Clients.OFFICIAL_SDK, 1)) + " / "
          + ratio(timeRatio(client, Clients.OFFICIAL_SDK, 8)) + " | "
          + ratio(allocRatio(client, Clients.OFFICIAL_SDK)) + " |");
    }
    line("");
  }

  private void imageTable() {
    line("**Image**: download 64 MiB and digest it (SHA-256) (time per download, lower is better; allocation from "
        + "`-prof gc`; heap growth measured in a fresh JVM per client: the highest heap in use during one download, "
        + "sampled every 0.2 ms, minus the heap in use before it; G1 counts it in 1 MiB regions; \"fits "
        + BenchSuite.SMALL_HEAP + "\": the same run in a " + BenchSuite.SMALL_HEAP + " heap).");
    line("");
    line("| client | ms per image | allocated/op | heap growth | fits " + BenchSuite.SMALL_HEAP
        + " | time ×SDK | allocation ×SDK | growth ×SDK |");
    line("| --- | ---: | ---: | ---: | :---: | ---: | ---: | ---: |");
    for (String client : Clients.ALL) {
      RunResult run = results.image.get(client);
      Probe growth = results.heapGrowth.get(client);
      if (run == null && growth == null) {
        continue;
      }
      line("| " + client + " | " + score(run) + " | " + bytes(alloc(run)) + " | " + growth(growthMib(client)) + " | "
          + fits(client) + " | " + ratio(imageTimeRatio(client, Clients.OFFICIAL_SDK)) + " | "
          + ratio(divide(alloc(run), alloc(results.image.get(Clients.OFFICIAL_SDK)))) + " | "
          + ratio(divide(growthMib(client), growthMib(Clients.OFFICIAL_SDK))) + " |");
    }
    line("");
  }

  private void targets() {
    List<String> lines = new ArrayList<>();
    String a = Clients.ADAPTER;
    target(lines, "get FAQ time < official SDK, 1 thread", timeRatio(a, Clients.OFFICIAL_SDK, 1), 1.0,
        overlap(a, Clients.OFFICIAL_SDK, 1));
    target(lines, "get FAQ time < official SDK, 8 threads", timeRatio(a, Clients.OFFICIAL_SDK, 8), 1.0,
        overlap(a, Clients.OFFICIAL_SDK, 8));
    target(lines, "get FAQ B/op < official SDK", allocRatio(a, Clients.OFFICIAL_SDK), 1.0);
    target(lines, "image time < official SDK", imageTimeRatio(a, Clients.OFFICIAL_SDK), 1.0);
    target(lines, "image allocation < official SDK", divide(alloc(results.image.get(a)),
        alloc(results.image.get(Clients.OFFICIAL_SDK))), 1.0);
    target(lines, "image heap growth < official SDK", divide(growthMib(a), growthMib(Clients.OFFICIAL_SDK)), 1.0);
    Double growth = growthMib(a);
    lines.add("- image heap growth < " + TARGET_GROWTH_MIB + " MiB for 64 MiB: " + growth(growth) + " — "
        + (growth == null ? "not measured" : growth < TARGET_GROWTH_MIB ? "**met**" : "**missed**"));
    Double ceiling1 = timeRatio(Clients.RAW_SOCKET, Clients.OFFICIAL_SDK, 1);
    Double ceiling8 = timeRatio(Clients.RAW_SOCKET, Clients.OFFICIAL_SDK, 8);
    line("Targets for the adapter (ratio, target):");
    line("");
    lines.forEach(this::line);
    line("");
    line("Server check: a raw socket (no HTTP library, no JSON, nothing allocated) gets the FAQ "
        + speedup(ceiling8) + " as fast as the official SDK at 8 threads"
        + (ceiling8 != null && ceiling8 < 0.5 ? ": the server answers far faster than the clients ask, so it is not "
        + "what limits them." : ": the server may be what limits the clients.")
        + " At 1 thread it is " + speedup(ceiling1) + " as fast"
        + (ceiling1 != null && ceiling1 > 0.5 ? ": there a call's time is mostly the loopback round trip itself "
        + "(waking the thread on the other side, slow on a 2-vCPU VM), the same for every client, so 1-thread "
        + "figures are close together and noisy; 8 threads show the clients' own cost." : "."));
  }

  private void target(List<String> lines, String what, Double value, double limit) {
    target(lines, what, value, limit, false);
  }

  /** A target; {@code overlapping}: the two scores' intervals overlap, so the ratio is within the error. */
  private void target(List<String> lines, String what, Double value, double limit, boolean overlapping) {
    lines.add("- " + what + ": " + ratio(value) + " — "
        + (value == null ? "not measured" : value <= limit && !(limit == 1.0 && value == 1.0) ? "**met**"
        : "**missed**") + (value != null && overlapping ? " (within the error: the intervals overlap)" : ""));
  }

  /** Whether the get-FAQ throughputs of two clients at a thread count have overlapping intervals. */
  private boolean overlap(String client, String reference, int threads) {
    Map<Integer, RunResult> mine = results.get.get(client);
    Map<Integer, RunResult> theirs = results.get.get(reference);
    if (mine == null || theirs == null || mine.get(threads) == null || theirs.get(threads) == null) {
      return false;
    }
    return overlap(mine.get(threads), theirs.get(threads));
  }

  /** Whether the primary scores of two runs have overlapping intervals; false if either is missing. */
  private static boolean overlap(RunResult mine, RunResult theirs) {
    if (mine == null || theirs == null) {
      return false;
    }
    Result<?> a = mine.getPrimaryResult();
    Result<?> b = theirs.getPrimaryResult();
    return a.getScore() - a.getScoreError() <= b.getScore() + b.getScoreError()
        && b.getScore() - b.getScoreError() <= a.getScore() + a.getScoreError();
  }

  private Double timeRatio(String client, String reference, int threads) {
    Map<Integer, RunResult> mine = results.get.get(client);
    Map<Integer, RunResult> theirs = results.get.get(reference);
    if (mine == null || theirs == null || mine.get(threads) == null || theirs.get(threads) == null) {
      return null;
    }
    return theirs.get(threads).getPrimaryResult().getScore() / mine.get(threads).getPrimaryResult().getScore();
  }

  private Double allocRatio(String client, String reference) {
    Map<Integer, RunResult> mine = results.get.get(client);
    Map<Integer, RunResult> theirs = results.get.get(reference);
    if (mine == null || theirs == null) {
      return null;
    }
    return divide(alloc(mine.get(1)), alloc(theirs.get(1)));
  }

  private Double imageTimeRatio(String client, String reference) {
    RunResult mine = results.image.get(client);
    RunResult theirs = results.image.get(reference);
    if (mine == null || theirs == null) {
      return null;
    }
    return mine.getPrimaryResult().getScore() / theirs.getPrimaryResult().getScore();
  }

  private Double growthMib(String client) {
    Probe probe = results.heapGrowth.get(client);
    return probe == null || probe.growthBytes() == null ? null : probe.growthBytes() / MIB;
  }

  private String fits(String client) {
    Probe probe = results.smallHeap.get(client);
    if (probe == null) {
      return Clients.FAKE.equals(client) ? "n/a (holds the image)" : "—";
    }
    return probe.growthBytes() != null ? "yes" : probe.outOfMemory() ? "no (OutOfMemoryError)" : "no (failed)";
  }

  private static Double alloc(RunResult run) {
    if (run == null) {
      return null;
    }
    Result<?> alloc = run.getSecondaryResults().get(ALLOC);
    return alloc == null ? null : alloc.getScore();
  }

  private static Double divide(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : a / b;
  }

  private static String score(RunResult run) {
    if (run == null) {
      return "—";
    }
    Result<?> primary = run.getPrimaryResult();
    double error = primary.getScoreError();
    return number(primary.getScore()) + (Double.isNaN(error) ? "" : " ± " + number(error));
  }

  private static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static String bytes(Double value) {
    if (value == null) {
      return "—";
    }
    return value >= 10 * MIB ? String.format(Locale.ROOT, "%.1f MiB", value / MIB)
        : value >= 100 * 1024 ? String.format(Locale.ROOT, "%.0f KiB", value / 1024)
        : String.format(Locale.ROOT, "%,.0f B", value);
  }

  /** Growth in MiB; one G1 region or less is shown as such, since G1 reports the heap in whole regions. */
  private static String growth(Double value) {
    if (value == null) {
      return "—";
    }
    return value <= 1.0 ? "≤ 1 MiB" : String.format(Locale.ROOT, "%.0f MiB", value);
  }

  /** A time ratio below 1 as "N× as fast". */
  private static String speedup(Double timeRatio) {
    return timeRatio == null ? "—" : String.format(Locale.ROOT, "%.1f×", 1 / timeRatio);
  }

  private static String ratio(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.2f×", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
