package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqRepositoryException;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sixteen threads hammer a loopback Feishu through one repository limited to 20 requests per 100 ms: the rate the
 * server sees stays within 10 % of the limit, every call ends with a result or a domain error, and no thread is left
 * behind. About three seconds.
 */
class LoadTest {

  private static final int THREADS = 16;
  private static final int PERMITS = 20;
  private static final Duration PERIOD = Duration.ofMillis(100);
  private static final Duration RUN = Duration.ofMillis(2500);
  /** The periods measured, counted from the limiter's creation: the 3rd to the 22nd, two seconds. */
  private static final int FIRST_PERIOD = 2;
  private static final int PERIODS = 20;
  private static final String POOL = "load-test-caller-";

  /** MockWebServer logs every request through java.util.logging, on the console: too slow for this test. */
  private final Logger serverLog = Logger.getLogger(MockWebServer.class.getName());
  private final Level serverLogLevel = serverLog.getLevel();
  @RegisterExtension
  final LoopbackFeishu loopback = LoopbackFeishu.start();
  private final FeishuSimulator feishu = loopback.feishu;

  @BeforeEach
  void quietServer() {
    serverLog.setLevel(Level.WARNING);
  }

  @AfterEach
  void restoreServerLog() {
    serverLog.setLevel(serverLogLevel);
  }

  @Test
  @Timeout(30)
  void keeps_to_the_rate_limit_and_ends_every_call_without_leaking_threads() throws Exception {
    FeishuFaqRepository.Builder builder = loopback.withTokenSource().rateLimit(PERMITS, PERIOD)
        .maxWaitForPermit(Duration.ofSeconds(1));
    // Resilience4j's limiter counts its periods from its creation, in build(), on System.nanoTime().
    long periodsStart = System.nanoTime();
    FeishuFaqRepository repository = builder.build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, named(POOL));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger found = new AtomicInteger();
    AtomicInteger absent = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Future<Integer>> callers = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      FaqId id = thread % 4 == 0 ? ContractData.UNKNOWN_FAQ_ID : ContractData.KNOWN_FAQ_ID;
      callers.add(pool.submit(() -> {
        start.await();
        long deadline = System.nanoTime() + RUN.toNanos();
        int calls = 0;
        while (System.nanoTime() < deadline) {
          try {
            (repository.findById(id).isPresent() ? found : absent).incrementAndGet();
          } catch (FaqRepositoryException domainError) {
            failed.incrementAndGet();
          }
          calls++;
        }
        return calls;
      }));
    }

    start.countDown();
    int calls = 0;
    for (Future<Integer> caller : callers) {
      calls += caller.get(RUN.toSeconds() + 10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).as("the callers ended").isTrue();
    assertThat(found.get() + absent.get() + failed.get()).as("every call ended with an answer").isEqualTo(calls);
    assertThat(failed).as("no permit refused: the wait is long enough for 16 callers").hasValue(0);
    assertThat(absent.get()).isPositive();
    assertThat(feishu.helpdeskRequests()).isEqualTo(calls);

    long from = periodsStart + FIRST_PERIOD * PERIOD.toNanos();
    long to = from + PERIODS * PERIOD.toNanos();
    long inWindow = feishu.helpdeskArrivals().stream().filter(at -> at >= from && at < to).count();
    double limit = PERMITS * PERIODS;
    assertThat((double) inWindow).as("requests in %d periods of %s at %d per period", PERIODS, PERIOD, PERMITS)
        .isBetween(limit * 0.9, limit * 1.1);
    assertThat(threadsNamed(POOL)).as("threads left behind").isZero();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, prefix + count.incrementAndGet());
  }

  private static long threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
        .count();
  }
}
