package io.github.helpdeskfaq.bench.writes;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.bench.fixture.BenchRuns;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedQuota;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * N creates through the Feishu adapter, signed in with user tokens, against the simulator enforcing a quota of R
 * requests in each one-second window (aligned to whole seconds, as the platform counts them), on the wall clock and so
 * outside the default build. The adapter spaces its requests: one permit every 1/(R-1) s, so that no window of one
 * second, however it falls, holds more than R. Prints the wall time against the quota-bound minimum N/R, the 429s
 * and the most requests admitted in one window; exits 1 when the time is over 1.10 x N/R, a request was refused, or
 * the helpdesk does not hold exactly N FAQs.
 *
 * <p>Run: {@code mvn -Pbench -pl faq-bench -am package -DskipTests}, then
 * {@code java -cp faq-bench/target/benchmarks.jar io.github.helpdeskfaq.bench.writes.WriteBench [--writes 500]
 * [--quota 50]}.
 */
public final class WriteBench {

  private static final String REDIRECT = "http://127.0.0.1:9/callback";

  private WriteBench() {}

  /**
   * Runs the writes.
   *
   * @param args {@code --writes N} and {@code --quota R}, as in the class documentation
   */
  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    int writes = Integer.parseInt(orDefault(BenchRuns.option(options, "--writes"), "500"));
    int quota = Integer.parseInt(orDefault(BenchRuns.option(options, "--quota"), "50"));
    if (quota < 11) {
      throw new IllegalArgumentException("--quota must be at least 11: the adapter runs at quota - 1");
    }
    Path tokens = Files.createTempDirectory("write-bench").resolve("user-tokens");
    String loadBefore = BenchRuns.loadAverage();
    try (FeishuSimulator feishu = FeishuSimulator.start(FakeHelpdesk.builder().recordCalls(false).build())) {
      Credentials credentials = feishu.credentials();
      FeishuHelpdesk helpdesk = FeishuHelpdesk.builder()
          .baseUrl(feishu.baseUrl())
          .appCredentials(credentials.appId(), credentials.appSecret())
          .helpdeskCredentials(credentials.helpdeskId(), credentials.helpdeskToken())
          .userTokenStore(FileUserTokenStore.at(tokens))
          .rateLimit(1, Duration.ofNanos(1_000_000_000L / (quota - 1)))
          .build();
      helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
      SimulatedQuota enforced = feishu.enforceQuota(quota, Duration.ofSeconds(1), Clock.systemUTC());
      long started = System.nanoTime();
      for (int i = 0; i < writes; i++) {
        helpdesk.createFaq(NewFaq.builder("Benchmark question " + i + "?").answer("Answer " + i + ".").build());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double minimum = (double) writes / quota;
      long held = feishu.helpdesk().listPage(FaqFilter.all(),
          PageRequest.first(1)).total().orElse(-1);
      System.out.printf(Locale.ROOT, "%d creates at a quota of %d per second: %.2f s, %.3f x the minimum %.2f s; "
          + "429 answers: %d; most admitted in one window: %d; FAQs held: %d; user token refreshes: %d; load "
          + "average %s before, %s after%n", writes, quota, seconds, seconds / minimum, minimum,
          enforced.rateLimited(), enforced.mostAdmittedInAWindow(), held, feishu.userTokenRefreshes(), loadBefore,
          BenchRuns.loadAverage());
      boolean met = seconds <= 1.10 * minimum && enforced.rateLimited() == 0 && held == writes;
      System.out.println(met ? "target met: <= 1.10 x N/R, no 429, exactly N FAQs" : "TARGET MISSED");
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
