package io.github.helpdeskfaq.bench.cold;

import com.lark.oapi.Client;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqResp;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client in a fresh JVM, for {@link ColdProcessComparison}: builds the client as an application would (the
 * adapter through its public builder only, with the rate limit raised so that it never throttles; the official SDK
 * as its documentation shows), gets the seed FAQ once, then {@code threads × calls} more times, every answer checked.
 *
 * <p>Talks to the driver on standard output: {@code first-call <cpu ns>} once the client is built and has its first
 * answer, then {@code done <failures>}. It then blocks on standard input, so that the driver reads the process's CPU
 * time from {@code /proc} while nothing of the measured work is left running, and only then prints the JVM's own
 * figures ({@code jvm <classes loaded> <collections>}), which load classes of their own, and exits.
 *
 * <p>Arguments: {@code adapter|officialSdk <base URL> <threads> <calls per thread>}.
 */
public final class ColdProcessClient {

  static final String FIRST_CALL = "first-call ";
  static final String DONE = "done ";
  static final String JVM = "jvm ";

  private ColdProcessClient() {}

  /**
   * Runs the calls.
   *
   * @param args client, base URL, threads, calls per thread
   */
  public static void main(String[] args) throws Exception {
    Callable<String> getFaq = switch (args[0]) {
      case Clients.ADAPTER -> adapter(args[1]);
      case Clients.OFFICIAL_SDK -> officialSdk(args[1]);
      default -> throw new IllegalArgumentException("adapter or officialSdk, not " + args[0]);
    };
    int threads = Integer.parseInt(args[2]);
    int calls = Integer.parseInt(args[3]);
    if (!Seed.QUESTION.equals(getFaq.call())) {
      throw new IllegalStateException(args[0] + " did not get the seed FAQ");
    }
    System.out.println(FIRST_CALL + ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos());
    AtomicInteger failures = new AtomicInteger();
    if (threads == 1) {
      callRepeatedly(getFaq, calls, failures);
    } else {
      inThreads(getFaq, threads, calls, failures);
    }
    System.out.println(DONE + failures.get());
    System.out.flush();
    System.in.read(); // the driver reads our CPU time now, then lets us go
    System.out.println(JVM + jvmFigures());
  }

  /** The adapter through its public builder, at its defaults but for a rate limit that never throttles. */
  private static Callable<String> adapter(String baseUrl) {
    FaqRepository faqs = FeishuHelpdesk.builder()
        .baseUrl(baseUrl)
        .appCredentials(Seed.APP_ID, Seed.APP_SECRET)
        .helpdeskCredentials(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
        .rateLimit(1_000_000, Duration.ofSeconds(1))
        .build();
    FaqId id = FaqId.of(Seed.FAQ_ID);
    return () -> faqs.findById(id).orElseThrow().question().orElse(null);
  }

  /** The official SDK as {@link OfficialSdkClient} configures it, its default transport included. */
  private static Callable<String> officialSdk(String baseUrl) {
    Client client = Client.newBuilder(Seed.APP_ID, Seed.APP_SECRET)
        .openBaseUrl(baseUrl)
        .helpDeskCredential(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
        .logReqAtDebug(true)
        .build();
    return () -> {
      GetFaqResp answer = client.helpdesk().faq().get(GetFaqReq.newBuilder().id(Seed.FAQ_ID).build());
      return answer.success() ? answer.getData().getFaq().getQuestion() : null;
    };
  }

  private static void callRepeatedly(Callable<String> getFaq, int calls, AtomicInteger failures) {
    for (int i = 0; i < calls; i++) {
      try {
        if (!Seed.QUESTION.equals(getFaq.call())) {
          failures.incrementAndGet();
        }
      } catch (Exception failed) {
        failures.incrementAndGet();
      }
    }
  }

  private static void inThreads(Callable<String> getFaq, int threads, int calls, AtomicInteger failures)
      throws InterruptedException {
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread caller = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        callRepeatedly(getFaq, calls, failures);
      }, "caller-" + t);
      caller.start();
      callers.add(caller);
    }
    go.countDown();
    for (Thread caller : callers) {
      caller.join();
    }
  }

  /** Classes loaded and collections: read after the measurement. */
  private static String jvmFigures() {
    long collections = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, collector.getCollectionCount());
    }
    return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " " + collections;
  }
}
