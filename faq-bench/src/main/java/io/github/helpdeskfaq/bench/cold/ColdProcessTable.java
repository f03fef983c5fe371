package io.github.helpdeskfaq.bench.cold;

import com.sun.management.OperatingSystemMXBean;
import io.github.helpdeskfaq.bench.cold.ColdProcessComparison.Contender;
import io.github.helpdeskfaq.bench.cold.ColdProcessComparison.Mode;
import io.github.helpdeskfaq.bench.cold.ColdProcessComparison.Plan;
import io.github.helpdeskfaq.bench.cold.ColdProcessComparison.Sample;
import io.github.helpdeskfaq.bench.fixture.Clients;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Renders {@link ColdProcessComparison}'s samples as Markdown: medians and spread per client, ratios, targets. */
final class ColdProcessTable {

  private static final double MS = 1e6;

  private final Plan plan;
  private final String server;
  private final List<Sample> samples;
  private final String loadBefore;
  private final String loadAfter;
  private final long seconds;
  private final StringBuilder out = new StringBuilder();

  ColdProcessTable(Plan plan, String server, List<Sample> samples, String loadBefore, String loadAfter,
      long seconds) {
    this.plan = plan;
    this.server = server;
    this.samples = samples;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
    this.seconds = seconds;
  }

  String render() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("**Cold process: get FAQ, whole JVM, against the " + (server.equals("socket")
        ? "bench's own socket server" : "simulator (the JDK's HTTP server)") + "**, measured " + LocalDate.now() + " on "
        + Runtime.getRuntime().availableProcessors() + " cores / "
        + Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ". "
        + plan.rounds() + " rounds, each one fresh JVM per client and mode, the clients in turn, each round "
        + "starting with the next one; client JVMs " + (plan.jvmArgs().isEmpty() ? "at their defaults" : "with "
        + String.join(" ", plan.jvmArgs())) + ". CPU = user + sys of the client process from /proc, start-up "
        + "included; the server runs in another process. Load average " + loadBefore + " before, " + loadAfter
        + " after. Wall time " + seconds / 60 + " min " + seconds % 60 + " s"
        + (plan.quick() ? ". QUICK RUN (--quick): too short to quote" : "") + ".");
    line("");
    line("| calls | client | CPU, median | spread (min–max) | user | sys | JIT threads | GC threads | Okio watchdog "
        + "| up to the first answer | CPU per further call | wall | peak RSS | classes | GCs |");
    line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Mode mode : plan.modes()) {
      for (Contender contender : plan.contenders()) {
        row(mode, of(contender.label(), mode));
      }
    }
    line("");
    for (Mode mode : plan.modes()) {
      for (Contender contender : plan.contenders()) {
        if (!contender.label().equals(Clients.OFFICIAL_SDK)) {
          ratios(mode, contender.label());
        }
      }
    }
    return out.toString();
  }

  private void row(Mode mode, List<Sample> mine) {
    if (mine.isEmpty()) {
      return;
    }
    Sample first = mine.get(0);
    line("| " + calls(mode) + " | " + first.label() + " | " + ms(median(mine, Sample::cpuNanos)) + " | "
        + ms(min(mine, Sample::cpuNanos)) + "–" + ms(max(mine, Sample::cpuNanos)) + " | "
        + ms(median(mine, Sample::userNanos)) + " | " + ms(median(mine, Sample::sysNanos)) + " | "
        + ms(median(mine, Sample::jitNanos)) + " | " + ms(median(mine, Sample::gcNanos)) + " | "
        + ms(median(mine, Sample::watchdogNanos)) + " | " + ms(median(mine, Sample::firstCallNanos)) + " | "
        + String.format(Locale.ROOT, "%.1f µs", median(mine, s -> perCall(s, mode)) / 1e3) + " | "
        + ms(median(mine, Sample::wallNanos)) + " | "
        + String.format(Locale.ROOT, "%.0f MiB", median(mine, Sample::peakRssKib) / 1024) + " | "
        + String.format(Locale.ROOT, "%,.0f", median(mine, Sample::classes)) + " | "
        + String.format(Locale.ROOT, "%.0f", median(mine, Sample::collections)) + " |");
  }

  private void ratios(Mode mode, String label) {
    List<Sample> adapter = of(label, mode);
    List<Sample> sdk = of(Clients.OFFICIAL_SDK, mode);
    if (adapter.isEmpty() || sdk.isEmpty()) {
      return;
    }
    double[] paired = new double[Math.min(adapter.size(), sdk.size())];
    for (int i = 0; i < paired.length; i++) {
      paired[i] = (double) adapter.get(i).cpuNanos() / sdk.get(i).cpuNanos();
    }
    double cpu = median(adapter, Sample::cpuNanos) / median(sdk, Sample::cpuNanos);
    double lowest = Arrays.stream(paired).min().orElse(Double.NaN);
    double highest = Arrays.stream(paired).max().orElse(Double.NaN);
    line("- " + calls(mode) + ": " + label + " ÷ SDK, CPU " + ratio(cpu) + " (per round: median "
        + ratio(median(paired)) + ", " + ratio(lowest) + "–" + ratio(highest) + "); user "
        + ratio(median(adapter, Sample::userNanos) / median(sdk, Sample::userNanos)) + ", sys "
        + ratio(median(adapter, Sample::sysNanos) / median(sdk, Sample::sysNanos)) + "; up to the first answer "
        + ratio(median(adapter, Sample::firstCallNanos) / median(sdk, Sample::firstCallNanos))
        + ", per further call " + ratio(median(adapter, s -> perCall(s, mode)) / median(sdk, s -> perCall(s, mode)))
        + "; JIT threads " + ratio(median(adapter, Sample::jitNanos) / median(sdk, Sample::jitNanos))
        + (!label.equals(Clients.ADAPTER) ? "." : ". Target ≤ 1.00×: " + (cpu <= 1.0 ? "**met**" : "**missed**")
        + (lowest <= 1.0 && highest > 1.0 ? " (rounds on both sides of 1.00×)" : "") + "."));
  }

  private List<Sample> of(String label, Mode mode) {
    List<Sample> mine = new ArrayList<>();
    for (Sample sample : samples) {
      if (sample.label().equals(label) && sample.mode().equals(mode)) {
        mine.add(sample);
      }
    }
    return mine;
  }

  private static double perCall(Sample sample, Mode mode) {
    return (double) (sample.cpuNanos() - sample.firstCallNanos()) / mode.totalCalls();
  }

  private static String calls(Mode mode) {
    return mode.threads() == 1 ? String.format(Locale.ROOT, "%,d sequential", mode.calls())
        : String.format(Locale.ROOT, "%d threads × %,d", mode.threads(), mode.calls());
  }

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
    return median(samples.stream().mapToDouble(value).toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(List<Sample> samples, ToDoubleFunction<Sample> value) {
    return samples.stream().mapToDouble(value).min().orElse(Double.NaN);
  }

  private static double max(List<Sample> samples, ToDoubleFunction<Sample> value) {
    return samples.stream().mapToDouble(value).max().orElse(Double.NaN);
  }

  private static String ms(double nanos) {
    return String.format(Locale.ROOT, "%,.0f ms", nanos / MS);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
