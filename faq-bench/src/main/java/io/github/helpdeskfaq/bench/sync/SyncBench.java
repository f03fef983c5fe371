package io.github.helpdeskfaq.bench.sync;

import io.github.helpdeskfaq.bench.fixture.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The benchmark of {@code faq-app sync} (issue 13), on the wall clock and so outside the default build: the program,
 * as users run it ({@code java -jar faq-app.jar}, in a process of its own with a small heap), mirrors a
 * {@link SyncHelpdesk} of many FAQs with one image each, with the adapter's rate set to the helpdesk's quota. Three
 * syncs into one folder:
 * <ol>
 *   <li>the first: its wall time against the quota-bound minimum (every request through the adapter's limiter,
 *       token request included, at the quota), the 429s, the process's peak resident memory;</li>
 *   <li>a second with nothing changed, {@code --no-change-runs} times: the requests (listing only) and its time
 *       against the first's, the median and the range;</li>
 *   <li>a third after some FAQs changed and some were deleted: what it wrote and removed, from its summary.</li>
 * </ol>
 * Prints the figures; exits 1 when a sync fails or a count is not what it must be.
 *
 * <p>Run: {@code mvn -Pbench -pl faq-app,faq-bench -am package -DskipTests}, then
 * {@code java -cp faq-bench/target/benchmarks.jar io.github.helpdeskfaq.bench.sync.SyncBench [--faqs 2000]
 * [--quota 50] [--smallest-kib 10] [--largest-kib 5120] [--changed 50] [--deleted 10] [--concurrency 4]
 * [--xmx 64m] [--no-change-runs 5] [--app faq-app/target/faq-app.jar] [--dir target/sync-bench]}.
 */
public final class SyncBench {

  private static final long KIB = 1024;

  private SyncBench() {}

  /**
   * Runs the three syncs.
   *
   * @param args {@code --name value} pairs, as in the class documentation
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int faqs = Integer.parseInt(options.getOrDefault("faqs", "2000"));
    int quota = Integer.parseInt(options.getOrDefault("quota", "50"));
    int changed = Integer.parseInt(options.getOrDefault("changed", "50"));
    int deleted = Integer.parseInt(options.getOrDefault("deleted", "10"));
    Path dir = Path.of(options.getOrDefault("dir", "target/sync-bench"));
    deleteTree(dir);
    try (SyncHelpdesk helpdesk = new SyncHelpdesk(faqs,
        Long.parseLong(options.getOrDefault("smallest-kib", "10")) * KIB,
        Long.parseLong(options.getOrDefault("largest-kib", "5120")) * KIB, quota)) {
      Run first = sync(helpdesk, dir, options, quota);
      long pagesPerListing = (faqs + 99) / 100;
      // Every request through the adapter's limiter: the token, the listing's pages, the tree, the images.
      long requests = 1 + pagesPerListing + 1 + faqs;
      Duration floor = Duration.ofMillis(requests * 1000 / quota);
      print("first sync", first);
      System.out.printf(Locale.ROOT, "  quota-bound minimum %d requests at %d/s: %.2f s; wall / minimum: %.3f%n",
          requests, quota, floor.toMillis() / 1000.0, first.wall.toMillis() / (double) floor.toMillis());

      int repeats = Integer.parseInt(options.getOrDefault("no-change-runs", "5"));
      List<Run> unchanged = new ArrayList<>();
      for (int i = 1; i <= repeats; i++) {
        Run again = sync(helpdesk, dir, options, quota);
        print("second sync (" + i + " of " + repeats + "), nothing changed", again);
        unchanged.add(again);
      }
      List<Long> walls = unchanged.stream().map(run -> run.wall.toMillis()).sorted().toList();
      long median = walls.get(walls.size() / 2);
      System.out.printf(Locale.ROOT, "  second / first wall time: median %.1f %% (%.1f %% to %.1f %%)%n",
          100.0 * median / first.wall.toMillis(), 100.0 * walls.get(0) / first.wall.toMillis(),
          100.0 * walls.get(walls.size() - 1) / first.wall.toMillis());

      List<Integer> shuffled = IntStream.range(0, faqs).boxed().sorted(Comparator.comparingInt(i -> i * 7919 % faqs))
          .toList();
      Set<Integer> toChange = Set.copyOf(shuffled.subList(0, Math.min(changed, faqs)));
      Set<Integer> toDelete = Set.copyOf(shuffled.subList(toChange.size(), Math.min(toChange.size() + deleted, faqs)));
      helpdesk.change(toChange);
      helpdesk.delete(toDelete);
      Run third = sync(helpdesk, dir, options, quota);
      print("third sync, " + toChange.size() + " changed and " + toDelete.size() + " deleted", third);

      boolean ok = first.exit == 0 && third.exit == 0
          && first.images == faqs
          && unchanged.stream().allMatch(run -> run.exit == 0 && run.images == 0 && run.pages == pagesPerListing)
          && third.images == 0
          && third.summary.contains(toChange.size() + " updated, ")
          && third.summary.contains(toDelete.size() + " removed, ");
      System.out.println(ok ? "all counts as expected" : "UNEXPECTED counts: see above");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  /** What one sync did, as the server counted it and the program summed it up. */
  private record Run(int exit, Duration wall, long pages, long trees, long images, long bytes, long throttled,
      long peakRssKib, String summary) {}

  private static Run sync(SyncHelpdesk helpdesk, Path dir, Map<String, String> options, int quota)
      throws IOException, InterruptedException {
    long pages = helpdesk.pages();
    long trees = helpdesk.categoryTrees();
    long images = helpdesk.images.get();
    long bytes = helpdesk.imageBytes.get();
    long throttled = helpdesk.throttled();
    Path log = Files.createTempFile("sync-bench", ".log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + options.getOrDefault("xmx", "64m"), "-jar", options.getOrDefault("app", "faq-app/target/faq-app.jar"),
        "sync", "--dir", dir.toString(), "--concurrency", options.getOrDefault("concurrency", "4"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("FAQ_ADAPTER", "feishu");
    env.put("FEISHU_BASE_URL", helpdesk.baseUrl());
    env.put("FEISHU_APP_ID", Seed.APP_ID);
    env.put("FEISHU_APP_SECRET", Seed.APP_SECRET);
    env.put("FEISHU_HELPDESK_ID", Seed.HELPDESK_ID);
    env.put("FEISHU_HELPDESK_TOKEN", Seed.HELPDESK_TOKEN);
    env.put("FEISHU_RATE_LIMIT_PER_SECOND", String.valueOf(quota));
    long started = System.nanoTime();
    Process process = builder.start();
    AtomicLong peakRss = new AtomicLong();
    while (!process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peakRss.accumulateAndGet(peakRssKib(process.pid()), Math::max);
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.delete(log);
    String summary = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    return new Run(process.exitValue(), wall, helpdesk.pages() - pages, helpdesk.categoryTrees() - trees,
        helpdesk.images.get() - images, helpdesk.imageBytes.get() - bytes, helpdesk.throttled() - throttled,
        peakRss.get(), summary);
  }

  private static void print(String title, Run run) {
    System.out.printf(Locale.ROOT, "%s: exit %d, %.2f s; requests: %d list pages, %d category trees, %d images "
        + "(%.1f MiB); 429 answers: %d; peak RSS %d MiB%n  %s%n", title, run.exit, run.wall.toMillis() / 1000.0,
        run.pages, run.trees, run.images, run.bytes / (double) (KIB * KIB), run.throttled, run.peakRssKib / KIB,
        run.summary);
  }

  /** The process's peak resident set ({@code VmHWM} of {@code /proc/<pid>/status}), 0 where there is no /proc. */
  private static long peakRssKib(long pid) {
    try (Stream<String> status = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
      return status.filter(line -> line.startsWith("VmHWM:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
