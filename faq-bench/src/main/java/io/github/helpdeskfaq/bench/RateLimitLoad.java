package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.bench.fixture.BenchServer;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load check of the adapter's client-side rate limit, on the wall clock and so outside the default build: sixteen
 * threads call one repository limited to 20 requests per 100 ms against the loopback {@link BenchServer} for 3 s,
 * after one warm-up call. It checks that the calls answered in 20 of its periods (two seconds, from the third after the
 * warm-up) stay within 10 % of the limit, that every
 * call ends with an answer or a domain error, and that no caller thread is left; it exits 1 when one does not hold.
 *
 * <p>Run: {@code mvn -Pbench -pl faq-bench -am package -DskipTests}, then
 * {@code java -cp faq-bench/target/benchmarks.jar io.github.helpdeskfaq.bench.RateLimitLoad}.
 */
public final class RateLimitLoad {

  private static final int THREADS = 16;
  private static final int PERMITS = 20;
  private static final Duration PERIOD = Duration.ofMillis(100);
  private static final Duration RUN = Duration.ofMillis(3000);
  /** The periods measured: 20, from the 3rd whole period after the warm-up call (the limiter counts from build()). */
  private static final int FIRST_PERIOD = 2;
  private static final int PERIODS = 20;

  private RateLimitLoad() {}

  /**
   * Runs the check.
   *
   * @param args none
   * @throws Exception if the server cannot start or a caller fails unexpectedly
   */
  public static void main(String[] args) throws Exception {
    try (BenchServer server = BenchServer.start()) {
      // Resilience4j's limiter counts its periods from its creation, in build(), on System.nanoTime().
      long periodsStart = System.nanoTime();
      FaqRepository repository = FeishuHelpdesk.builder().baseUrl(server.baseUrl())
          .appCredentials(Seed.APP_ID, Seed.APP_SECRET).helpdeskCredentials(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
          .rateLimit(PERMITS, PERIOD).maxWaitForPermit(Duration.ofSeconds(1)).build();
      repository.findById(Seed.FAQ).orElseThrow(); // the token, the classes, the connection
      long warm = (System.nanoTime() - periodsStart) / PERIOD.toNanos() + 1;
      ConcurrentLinkedQueue<Long> started = new ConcurrentLinkedQueue<>();
      AtomicInteger failed = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> callers = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        callers.add(pool.submit(() -> call(repository, go, started, failed)));
      }
      go.countDown();
      int calls = 0;
      for (Future<Integer> caller : callers) {
        calls += caller.get(RUN.toSeconds() + 10, TimeUnit.SECONDS);
      }
      pool.shutdown();
      boolean ended = pool.awaitTermination(5, TimeUnit.SECONDS);

      long from = periodsStart + (warm + FIRST_PERIOD) * PERIOD.toNanos();
      long to = from + PERIODS * PERIOD.toNanos();
      long inWindow = started.stream().filter(at -> at >= from && at < to).count();
      double limit = PERMITS * PERIODS;
      boolean withinLimit = inWindow >= limit * 0.9 && inWindow <= limit * 1.1;
      System.out.printf("calls %d, failed %d; answered in %d periods of %d ms: %d (limit %d, allowed ±10 %%); "
          + "callers ended: %b%n", calls, failed.get(), PERIODS, PERIOD.toMillis(), inWindow, (long) limit, ended);
      if (!withinLimit || failed.get() > 0 || !ended) {
        System.exit(1);
      }
    }
  }

  private static int call(FaqRepository repository, CountDownLatch go, ConcurrentLinkedQueue<Long> answered,
      AtomicInteger failed) throws InterruptedException {
    go.await();
    long deadline = System.nanoTime() + RUN.toNanos();
    int calls = 0;
    while (System.nanoTime() < deadline) {
      try {
        repository.findById(Seed.FAQ);
        answered.add(System.nanoTime());
      } catch (FaqRepositoryException domainError) {
        failed.incrementAndGet();
      }
      calls++;
    }
    return calls;
  }
}
