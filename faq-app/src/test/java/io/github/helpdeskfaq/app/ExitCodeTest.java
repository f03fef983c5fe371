package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every outcome of the port maps to its exit code and one line, on every command. */
class ExitCodeTest {

  @TempDir
  Path folder;

  @Test
  void exits_4_when_access_is_denied() {
    AppRunner.Result result = runFailing(() -> new FaqAccessDeniedException("helpdesk authorization failed", 154001,
        null), "get", "1");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.stderrLines())
        .containsExactly("faq-app get: access denied: helpdesk authorization failed (code 154001)");
  }

  @Test
  void exits_5_when_the_service_is_unavailable_and_says_when_to_retry() {
    AppRunner.Result result = runFailing(() -> new FaqServiceUnavailableException("rate limited", 99991400,
        Duration.ofSeconds(30), 2, null), "image", "1", "key");

    assertThat(result.exitCode()).isEqualTo(5);
    assertThat(result.stderrLines()).containsExactly(
        "faq-app image: service unavailable: rate limited (code 99991400) (retry after 30 s) (after 2 attempts)");
  }

  @Test
  void exits_6_when_a_creates_outcome_is_unknown() {
    FakeHelpdesk fake = FakeHelpdesk.builder().build();
    fake.loseNextWriteAnswers(1, () -> new FaqWriteOutcomeUnknownException("the answer was lost; check the "
        + "helpdesk", null));

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("create", "--question", "Q?", "--answer", "A.");

    assertThat(result.exitCode()).isEqualTo(6);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderrLines())
        .containsExactly("faq-app create: outcome unknown: the answer was lost; check the helpdesk");
  }

  @Test
  void exits_1_when_the_service_rejects_the_request() {
    AppRunner.Result result = runFailing(() -> new FaqRequestRejectedException("bad request", 154000, null),
        "export", "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines())
        .containsExactly("faq-app export: the service rejected the request: bad request (code 154000)");
  }

  @Test
  void exits_1_for_a_failure_the_adapter_could_not_classify() {
    AppRunner.Result result = runFailing(() -> new FaqRepositoryException("something new", 1234, null), "get", "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines())
        .containsExactly("faq-app get: the service reported a failure: something new (code 1234)");
  }

  @Test
  void exits_1_with_one_line_and_no_stack_trace_for_an_unexpected_error() {
    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> new ExplodingRepository())
        .run("get", "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines()).containsExactly("faq-app get: unexpected error: "
        + "java.lang.IllegalStateException: bug in a repository (run with --verbose to see where it happened)");
  }

  @Test
  void prints_the_stack_trace_after_the_line_with_verbose() {
    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> new ExplodingRepository())
        .run("get", "1", "--verbose");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderrLines()[0])
        .isEqualTo("faq-app get: unexpected error: java.lang.IllegalStateException: bug in a repository");
    assertThat(result.stderrLines()[1]).isEqualTo("java.lang.IllegalStateException: bug in a repository");
    assertThat(result.stderrLines()[2])
        .startsWith("\tat io.github.helpdeskfaq.app.ExitCodeTest$ExplodingRepository.findById");
  }

  @Test
  void keeps_a_multi_line_message_on_one_line() {
    AppRunner.Result result = runFailing(() -> new FaqServiceUnavailableException(
        "bad gateway:\n<html>\r\n<body>502</body>\n</html>", null, null, 1, null), "get", "1");

    assertThat(result.stderrLines())
        .containsExactly("faq-app get: service unavailable: bad gateway: <html> <body>502</body> </html>");
  }

  @Test
  void shows_control_and_bidi_characters_from_the_server_as_visible_escapes() {
    AppRunner.Result result = runFailing(() -> new FaqServiceUnavailableException(
        "bad\u001b[31m gateway\u202e\rnothing to see", null, null, 1, null), "get", "1");

    assertThat(result.stderrLines()).containsExactly(
        "faq-app get: service unavailable: bad\\u001b[31m gateway\\u202e\\u000dnothing to see");
  }

  private AppRunner.Result runFailing(Supplier<? extends FaqRepositoryException> failure, String... args) {
    FakeHelpdesk fake = FakeHelpdesk.builder().build();
    fake.failNextCalls(1, failure);
    return AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run(args);
  }

  /** A helpdesk with a bug. */
  private static final class ExplodingRepository extends ForwardingHelpdesk {
    ExplodingRepository() {
      super(FakeHelpdesk.builder().build());
    }

    @Override
    public Optional<io.github.helpdeskfaq.domain.Faq> findById(FaqId id) {
      throw new IllegalStateException("bug in a repository");
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      throw new IllegalStateException("bug in a repository");
    }
  }
}
