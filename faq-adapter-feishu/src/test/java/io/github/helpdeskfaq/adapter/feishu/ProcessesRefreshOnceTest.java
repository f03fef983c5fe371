package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three processes, each a JVM of its own with the adapter over one token file, write at once after the access token
 * expired: the file's lock lets one of them refresh, the others read the pair it saved; all succeed.
 */
class ProcessesRefreshOnceTest {

  private final FeishuSimulator feishu = FeishuSimulator.start();

  @TempDir
  Path dir;

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  @Test
  void three_processes_writing_after_expiry_make_one_refresh_and_all_succeed() throws Exception {
    Path tokens = dir.resolve("user-tokens");
    Writers.signedIn(feishu, Writers.withTokenFile(feishu.baseUrl(), tokens));
    String first = FileUserTokenStore.at(tokens).load().flatMap(UserTokens::refreshToken).orElseThrow();
    feishu.expireUserAccessTokens();

    List<Process> writers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      writers.add(new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Writer.class.getName(), feishu.baseUrl(), tokens.toString(),
          "Question " + i + "?")).redirectErrorStream(true).start());
    }
    for (Process writer : writers) {
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).as("a writer ended").isTrue();
      assertThat(writer.exitValue()).as(output(writer)).isZero();
    }

    assertThat(feishu.userTokenRefreshes()).isEqualTo(1);
    assertThat(feishu.refusedUserTokenRefreshes()).isZero();
    assertThat(FileUserTokenStore.at(tokens).load().flatMap(UserTokens::refreshToken)).isPresent().get()
        .isNotEqualTo(first);
    try (Stream<Faq> all = feishu.helpdesk().list(FaqFilter.all())) {
      assertThat(all).hasSize(3);
    }
  }

  private static String output(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** One writer process: creates a FAQ with the tokens of the file, and exits 0 when it is created. */
  static final class Writer {
    public static void main(String[] args) {
      try {
        Writers.withTokenFile(args[0], Path.of(args[1])).createFaq(NewFaq.builder(args[2]).answer("Answer.").build());
      } catch (RuntimeException failed) {
        System.out.println(failed);
        System.exit(1);
      }
      System.exit(0);
    }
  }
}
