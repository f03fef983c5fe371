package io.github.helpdeskfaq.bench.writes;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedQuota;
import io.github.helpdeskfaq.mirror.Mirror;
import io.github.helpdeskfaq.mirror.Publisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code faq-app publish}'s engine ({@link Publisher}) publishing N edited pages through the Feishu adapter, signed
 * in with user tokens, against the simulator enforcing a quota of R requests in each one-second window, on the wall
 * clock and so outside the default build. The helpdesk holds N FAQs; a sync mirrors them (not timed), every page's
 * answer is edited, and the publish is timed: its listing, N updates and the listing that brings the mirror up to
 * date. The adapter spaces its requests as {@link WriteBench} does. Prints the wall time against N/R, the 429s, and
 * the updates the helpdesk received; exits 1 when the time is over 1.10 x N/R, a request was refused, or the helpdesk
 * did not receive exactly N updates.
 *
 * <p>Run: {@code mvn -Pbench -pl faq-bench -am package -DskipTests}, then
 * {@code java -cp faq-bench/target/benchmarks.jar io.github.helpdeskfaq.bench.writes.PublishBench [--pages 500]
 * [--quota 50]}.
 */
public final class PublishBench {

  private static final String REDIRECT = "http://127.0.0.1:9/callback";

  private PublishBench() {}

  /**
   * Runs the publish.
   *
   * @param args {@code --pages N} and {@code --quota R}, as in the class documentation
   */
  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    int pages = Integer.parseInt(orDefault(BenchRuns.option(options, "--pages"), "500"));
    int quota = Integer.parseInt(orDefault(BenchRuns.option(options, "--quota"), "50"));
    if (quota < 11) {
      throw new IllegalArgumentException("--quota must be at least 11: the adapter runs at quota - 1");
    }
    Path work = Files.createTempDirectory("publish-bench");
    Path mirror = work.resolve("mirror");
    FakeHelpdesk.Builder content = FakeHelpdesk.builder().recordCalls(true);
    for (int i = 0; i < pages; i++) {
      content.faq(Faq.builder(FaqId.of(String.valueOf(7_000_000_000_000_000_000L + i)))
          .question("Benchmark question " + i + "?").answer("Answer " + i + ".")
          .answerRichText(List.of(RichTextElement.text("Answer " + i + ".")))
          .createTime(Instant.ofEpochSecond(1_700_000_000L)).updateTime(Instant.ofEpochSecond(1_700_000_000L))
          .build());
    }
    String loadBefore = BenchRuns.loadAverage();
    try (FeishuSimulator feishu = FeishuSimulator.start(content.build())) {
      Credentials credentials = feishu.credentials();
      FeishuHelpdesk helpdesk = FeishuHelpdesk.builder()
          .baseUrl(feishu.baseUrl())
          .appCredentials(credentials.appId(), credentials.appSecret())
          .helpdeskCredentials(credentials.helpdeskId(), credentials.helpdeskToken())
          .userTokenStore(FileUserTokenStore.at(work.resolve("user-tokens")))
          .rateLimit(1, Duration.ofNanos(1_000_000_000L / (quota - 1)))
          .build();
      helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
      Mirror.builder(helpdesk, mirror).build().sync();
      for (int i = 0; i < pages; i++) {
        String id = String.valueOf(7_000_000_000_000_000_000L + i);
        Path page = mirror.resolve("faqs").resolve(id).resolve(id + ".md");
        Files.writeString(page, Files.readString(page).replace("Answer " + i + ".", "Answer " + i + ", edited."));
      }
      feishu.helpdesk().clearCalls();
      SimulatedQuota enforced = feishu.enforceQuota(quota, Duration.ofSeconds(1), Clock.systemUTC());
      long requestsBefore = feishu.helpdeskRequests();
      long started = System.nanoTime();
      Publisher.Report report = Publisher.builder(mirror).build().publish(helpdesk);
      double seconds = (System.nanoTime() - started) / 1e9;
      double minimum = (double) pages / quota;
      long updates = feishu.helpdesk().writeCalls().size();
      long requests = feishu.helpdeskRequests() - requestsBefore;
      System.out.printf(Locale.ROOT, "%d edited pages published at a quota of %d per second: %.2f s, %.3f x N/R "
          + "%.2f s; helpdesk requests: %d; updates received: %d (reported %d); 429 answers: %d; most admitted in "
          + "one window: %d; load average %s before, %s after%n", pages, quota, seconds, seconds / minimum, minimum,
          requests, updates,
          report.updated(), enforced.rateLimited(), enforced.mostAdmittedInAWindow(), loadBefore,
          BenchRuns.loadAverage());
      boolean met = seconds <= 1.10 * minimum && enforced.rateLimited() == 0 && updates == pages
          && report.updated() == pages;
      System.out.println(met ? "target met: <= 1.10 x N/R, no 429, exactly N updates" : "TARGET MISSED");
      helpdesk.close();
      if (!met) {
        System.exit(1);
      }
    }
  }

  private static String orDefault(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
