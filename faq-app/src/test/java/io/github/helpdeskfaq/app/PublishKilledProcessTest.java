package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.WriteCall;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faq-app publish} in a process of its own, killed ({@code SIGKILL}) while it waits for the answer to a create,
 * against a simulated Feishu on 127.0.0.1 that makes every FAQ it is asked for: the rerun leaves exactly one FAQ per
 * new page.
 */
class PublishKilledProcessTest {

  private static final int PAGES = 5;

  @TempDir
  Path folder;

  private final FeishuSimulator server = FeishuSimulator.start(SimulatedFeishu.CREDENTIALS, MirrorFixtures.helpdesk());

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  @Test
  void killed_while_a_create_is_answered_the_rerun_leaves_exactly_one_faq_per_new_page() throws Exception {
    Map<String, String> env = SimulatedFeishu.environment(server);
    env.put("FEISHU_USER_TOKEN_FILE", folder.resolve("user-tokens").toString());
    assertThat(AppRunner.in(folder).env(env).browser(SignInBrowser.consenting()).run("login", "--port", "0")
        .exitCode()).isZero();
    assertThat(AppRunner.in(folder).env(env).run("sync", "--dir", "mirror").exitCode()).isZero();
    for (int page = 1; page <= PAGES; page++) {
      Path file = folder.resolve("mirror/new/page-" + page + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# Killed question " + page + "?\n\nAnswer " + page + ".\n");
    }
    server.helpdesk().delayCalls(Duration.ofMillis(300)); // each create is made 300 ms after it arrives

    Process publish = start(env, "publish", "--dir", "mirror", "--quiet");
    waitForCreates(publish, 2);
    publish.destroyForcibly();
    assertThat(publish.waitFor(30, TimeUnit.SECONDS)).isTrue();
    server.helpdesk().clearFaults();
    waitForFaq("Killed question 2?"); // the create the kill interrupted is made, its answer lost with the process

    AppRunner.Result rerun = AppRunner.in(folder).env(env).run("publish", "--dir", "mirror");

    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    for (int page = 1; page <= PAGES; page++) {
      String question = "Killed question " + page + "?";
      assertThat(count(question)).as(question).isOne();
    }
    assertThat(rerun.stdout()).contains("made by an interrupted publish");
    assertThat(folder.resolve("mirror/new")).isEmptyDirectory();
    assertThat(folder.resolve("mirror/.faq-publish.json")).doesNotExist();
  }

  /** {@code faq-app} in a JVM of its own, with this test's class path and the environment given. */
  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(folder.resolve("publish.out").toFile()).redirectError(folder.resolve("publish.err").toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Waits until the helpdesk holds a FAQ with the question. */
  private void waitForFaq(String question) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count(question) == 0) {
      assertThat(System.nanoTime()).as("the FAQ made in time").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private long count(String question) {
    try (Stream<Faq> all = server.helpdesk().list(FaqFilter.all())) {
      return all.filter(faq -> faq.question().equals(Optional.of(question))).count();
    }
  }

  /** Waits until the server has received that many creates from the process, which must still run. */
  private void waitForCreates(Process publish, int creates) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (server.helpdesk().writeCalls().stream().filter(WriteCall.CreateFaq.class::isInstance).count() < creates) {
      assertThat(publish.isAlive()).as("the publish ran to its end: %s", Files.readString(folder.resolve(
          "publish.err"))).isTrue();
      assertThat(System.nanoTime()).as("creates received in time").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
