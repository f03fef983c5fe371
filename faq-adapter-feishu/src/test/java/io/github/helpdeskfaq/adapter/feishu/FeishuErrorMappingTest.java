package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feishu's error table, row by row, on both endpoints; then the garbage real servers send; then the network
 * failing. Every failure must be a domain exception, and no message may hold a secret. The repository retries as by
 * default (3 attempts, a 10 s budget) on a clock that does not sleep, so each row also says how many requests the
 * answer is worth: 3 for what is retried, 1 for what is not.
 */
class FeishuErrorMappingTest {

  private static final String TENANT_TOKEN = "t-tenant-token-secret";
  private static final FaqId FAQ = FaqId.of("6936004780707807231");
  private static final ImageKey KEY = ImageKey.of("img_1");
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html";
  private static final String NOT_FOUND = "{\"code\":154004,\"msg\":\"Resource not found\"}";

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator server = loopback.feishu;
  private final FakeRetryClock retryClock = loopback.retryClock;
  private FeishuHelpdesk repository;

  /** One row of the table: what the server answers, and what the port must make of it. */
  record Row(String name, int status, String contentType, String body, String header, String headerValue,
      Expect expect) {

    SimulatedAnswer response() {
      SimulatedAnswer response = SimulatedAnswer.of(status).withBody(body);
      if (contentType != null) {
        response = response.withHeader("Content-Type", contentType);
      }
      if (header != null) {
        response = response.withHeader(header, headerValue);
      }
      return response;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The port's answer: absent (no type), or an exception of exactly this type, code, wait and message. */
  record Expect(Class<? extends FaqRepositoryException> type, OptionalInt code, Optional<Duration> retryAfter,
      String inMessage, int requests) {

    static Expect absent() {
      return new Expect(null, OptionalInt.empty(), Optional.empty(), "", 1);
    }

    static Expect error(Class<? extends FaqRepositoryException> type, Integer code) {
      return new Expect(type, code == null ? OptionalInt.empty() : OptionalInt.of(code), Optional.empty(), "", 1);
    }

    Expect retryAfter(long seconds) {
      return new Expect(type, code, Optional.of(Duration.ofSeconds(seconds)), inMessage, requests);
    }

    Expect saying(String part) {
      return new Expect(type, code, retryAfter, part, requests);
    }

    Expect afterRequests(int count) {
      return new Expect(type, code, retryAfter, inMessage, count);
    }
  }

  static Stream<Row> errorTable() {
    Class<FaqAccessDeniedException> denied = FaqAccessDeniedException.class;
    Class<FaqRequestRejectedException> rejected = FaqRequestRejectedException.class;
    Class<FaqServiceUnavailableException> unavailable = FaqServiceUnavailableException.class;
    Class<FaqRepositoryException> other = FaqRepositoryException.class;
    return Stream.of(
        row("154004 / 404", 404, JSON, NOT_FOUND, Expect.absent()),
        row("154004 with HTTP 200", 200, JSON, NOT_FOUND, Expect.absent()),
        row("404 without a body", 404, null, "", Expect.absent()),
        row("154004 sent as a string", 404, JSON, "{\"code\":\"154004\"}", Expect.absent()),
        row("154001 / 401", 401, JSON, "{\"code\":154001,\"msg\":\"helpdesk auth failed\"}",
            Expect.error(denied, 154001).saying("helpdesk auth failed")),
        row("154003 / 403", 403, JSON, "{\"code\":154003,\"msg\":\"no access\"}", Expect.error(denied, 154003)),
        row("401 without a code", 401, "text/plain", "Unauthorized", Expect.error(denied, null)),
        row("403 gateway page", 403, HTML, "<html>Forbidden</html>", Expect.error(denied, null)),
        row("154000 / 400", 400, JSON, "{\"code\":154000,\"msg\":\"bad request\"}", Expect.error(rejected, 154000)),
        row("400 without a code", 400, null, "", Expect.error(rejected, null)),
        row("155000 / 500", 500, JSON, "{\"code\":155000,\"msg\":\"Internal error\"}",
            Expect.error(unavailable, 155000).afterRequests(3).saying("(after 3 attempts)")),
        row("155000 with HTTP 200", 200, JSON, "{\"code\":155000,\"msg\":\"Internal error\"}",
            Expect.error(unavailable, 155000).afterRequests(3)),
        // A successful answer is read in one pass before its envelope: a FAQ beside an error code is no success.
        row("155000 with HTTP 200 and a FAQ beside it", 200, JSON, "{\"code\":155000,\"msg\":\"Internal error\","
            + "\"data\":{\"faq\":{\"faq_id\":\"6936004780707807231\",\"question\":\"q\"}}}",
            Expect.error(unavailable, 155000).afterRequests(3)),
        row("502 gateway page", 502, HTML, "<html><body>502 Bad Gateway</body></html>",
            Expect.error(unavailable, null).saying("HTTP 502").afterRequests(3)),
        row("503 without a body", 503, null, "", Expect.error(unavailable, null).afterRequests(3)),
        // The second 7 s wait would end 14 s after the first attempt: past the 10 s budget.
        rowWithHeader("99991400 / 429", 429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}",
            "x-ogw-ratelimit-reset", "7", Expect.error(unavailable, 99991400).retryAfter(7).afterRequests(2)),
        rowWithHeader("99991400 / 400 (older APIs)", 400, "{\"code\":99991400,\"msg\":\"frequency limit\"}",
            "x-ogw-ratelimit-reset", "3", Expect.error(unavailable, 99991400).retryAfter(3).afterRequests(3)),
        rowWithHeader("429 without a code", 429, "", "x-ogw-ratelimit-reset", "2",
            Expect.error(unavailable, null).retryAfter(2).afterRequests(3)),
        rowWithHeader("99991400 / 429, reset beyond the retry budget", 429, "{\"code\":99991400}",
            "x-ogw-ratelimit-reset", "11", Expect.error(unavailable, 99991400).retryAfter(11)),
        row("99991400 without the reset header", 429, JSON, "{\"code\":99991400}",
            Expect.error(unavailable, 99991400).afterRequests(3)),
        row("99991663 twice: refreshed, retried once", 401, JSON, "{\"code\":99991663,\"msg\":\"invalid token\"}",
            Expect.error(denied, 99991663).afterRequests(2)),
        row("99991664 twice", 400, JSON, "{\"code\":99991664}", Expect.error(denied, 99991664).afterRequests(2)),
        row("99991671 twice", 400, JSON, "{\"code\":99991671}", Expect.error(denied, 99991671).afterRequests(2)),
        row("99991661 twice", 400, JSON, "{\"code\":99991661}", Expect.error(denied, 99991661).afterRequests(2)),
        row("another code with HTTP 200", 200, JSON, "{\"code\":1234567,\"msg\":\"something new\"}",
            Expect.error(other, 1234567).saying("something new")),
        row("99991672 / 400: a scope missing", 400, JSON, "{\"code\":99991672,\"msg\":\"scope missing\"}",
            Expect.error(denied, 99991672).saying("scope missing")),
        row("another code with HTTP 400", 400, JSON, "{\"code\":1234568,\"msg\":\"something else\"}",
            Expect.error(other, 1234568).saying("something else")),
        row("another code with HTTP 500", 500, JSON, "{\"code\":1234,\"msg\":\"oops\"}",
            Expect.error(unavailable, 1234).afterRequests(3)),
        row("a code beyond 32 bits", 200, JSON, "{\"code\":99999999999}",
            Expect.error(other, null).saying("99999999999")),
        row("HTML with HTTP 200", 200, HTML, "<html><body>Welcome to nginx</body></html>",
            Expect.error(unavailable, null).saying("could not be read (HTTP 200 with a text/html body")),
        row("truncated JSON", 200, JSON, "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{\"faq_id\":\"69",
            Expect.error(unavailable, null).saying("ends too early")),
        row("JSON of the wrong shape", 200, JSON, "{\"code\":0,\"data\":{\"faq\":[]}}",
            Expect.error(unavailable, null)),
        row("a JSON array", 200, JSON, "[]", Expect.error(unavailable, null).saying("BEGIN_ARRAY")),
        row("JSON without a code", 200, JSON, "{\"msg\":\"hello\"}",
            Expect.error(unavailable, null).saying("no code")),
        row("an empty body with HTTP 200", 200, JSON, "", Expect.error(unavailable, null).saying("empty")),
        rowWithHeader("a redirect, not followed", 302, "", "Location", "http://127.0.0.1:9/elsewhere",
            Expect.error(other, null).saying("HTTP 302")));
  }

  private static Row row(String name, int status, String contentType, String body, Expect expect) {
    return new Row(name, status, contentType, body, null, null, expect);
  }

  private static Row rowWithHeader(String name, int status, String body, String header, String value,
      Expect expect) {
    return new Row(name, status, body.isEmpty() ? null : JSON, body, header, value, expect);
  }

  @BeforeEach
  void start() {
    // No row times out: the read timeout stays far above what a loaded machine takes to answer on loopback.
    repository = loopback.withTokenSource(() -> server.acceptToken(TENANT_TOKEN))
        .readTimeout(Duration.ofSeconds(10))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorTable")
  void maps_the_row_for_the_faq_detail(Row row) {
    answerEveryRequestWith(row);

    Throwable thrown = catchThrowable(() -> assertThat(repository.findById(FAQ)).isEmpty());

    assertMapped(thrown, row.expect());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorTable")
  void maps_the_row_for_the_image_without_calling_the_reader(Row row) {
    answerEveryRequestWith(row);

    Throwable thrown = catchThrowable(() -> assertThat(repository.readImage(FAQ, KEY, image -> {
      throw new AssertionError("the reader must not see an error answer");
    })).isEmpty());

    assertMapped(thrown, row.expect());
  }

  @Test
  void names_the_path_of_a_wrong_shape_in_the_message() {
    server.failNextHelpdeskCalls(1,
        () -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"faq\":{\"create_time\":\"yesterday\"}}}"));

    assertThat(catchThrowable(() -> repository.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("FAQ 6936004780707807231")
        .hasMessageContaining("$.data.faq.create_time");
  }

  /**
   * Found by {@link FeishuResponsesPropertyTest}: what an answer says (a number that is none, a field's name on the
   * path, its {@code msg}) is shown with its control characters and line separators escaped (a tab as
   * backslash-u0009), so that the message stays one readable line.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("answersWithControlCharacters")
  void shows_the_control_characters_of_an_answer_escaped(String name, int status, String body, String shown) {
    server.failNextHelpdeskCalls(Integer.MAX_VALUE, () -> FeishuResponses.json(status, body));

    Throwable thrown = catchThrowable(() -> repository.findById(FAQ));

    assertThat(thrown).isInstanceOf(FaqRepositoryException.class).hasMessageContaining(shown);
    assertThat(thrown.getMessage().chars().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
        .as("control characters").isEmpty();
  }

  static Stream<Arguments> answersWithControlCharacters() {
    return Stream.of(
        Arguments.of("a code that is a string with ESC", 200, "{\"code\":\"8270./2e5\\u001b11e392626\"}",
            "but was \"8270./2e5\\u001b11e392626\" at path $.code"),
        Arguments.of("a tab in a field's name on the path", 200, "{\"code\":0,\"data\":{\"faq\":{"
            + "\"answer_richtext\":[{\"type\":\"x\",\"*/\\t\":93E5506485570543337939}]}}}",
            "at path $.data.faq.answer_richtext[0].*/\\u0009"),
        Arguments.of("NEL and a line separator in msg", 429, "{\"code\":154003,\"msg\":\"no\\u0085access\\u2028now\"}",
            "(HTTP 429): no\\u0085access\\u2028now"));
  }

  @Test
  void refuses_a_json_answer_larger_than_the_limit() {
    // A valid FAQ answer padded with whitespace past the limit: refused for its size alone, never parsed.
    StringBuilder body = new StringBuilder(Fixtures.text(Fixtures.KNOWN_FAQ));
    String spaces = " ".repeat(64 * 1024);
    while (body.length() <= FeishuConverters.MAX_JSON_BYTES) {
      body.append(spaces);
    }
    SimulatedAnswer padded = SimulatedAnswer.of(200).withHeader("Content-Type", JSON).withBody(body.toString());
    server.failNextHelpdeskCalls(1, () -> padded);

    assertThat(catchThrowable(() -> repository.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("could not be read")
        .hasMessageContaining("body of more than " + FeishuConverters.MAX_JSON_BYTES + " bytes");
    assertThat(server.helpdeskRequests()).as("not retried: the same answer would come again").isEqualTo(1);
  }

  @Test
  void refuses_json_with_code_0_where_the_image_belongs() {
    server.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\"}"));

    assertThat(catchThrowable(() -> repository.readImage(FAQ, KEY, image -> "read")))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("answered with JSON");
  }

  @Test
  void maps_a_dropped_connection_to_unavailable() {
    server.failNextHelpdeskCalls(3, SimulatedAnswer::disconnectAfterRequest);

    assertThat(catchThrowable(() -> repository.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("no answer from Feishu for FAQ 6936004780707807231");
    assertThat(server.helpdeskRequests()).as("requests, retried").isEqualTo(3);
  }

  @Test
  void maps_an_answer_broken_off_in_the_body_to_unavailable() {
    server.failNextHelpdeskCalls(3, LoopbackFeishu::droppedMidBody);

    assertThat(catchThrowable(() -> repository.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class);
    assertThat(server.helpdeskRequests()).as("requests, retried").isEqualTo(3);
  }

  @Test
  void maps_a_server_that_never_answers_to_unavailable_after_the_read_timeout() {
    server.failNextHelpdeskCalls(1, FeishuResponses::noResponse);
    FeishuHelpdesk withoutRetries = loopback.withTokenSource(() -> TENANT_TOKEN)
        .readTimeout(Duration.ofMillis(500)).retryMaxAttempts(1).build();

    assertThat(catchThrowable(() -> withoutRetries.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("SocketTimeoutException");
  }

  @Test
  void maps_a_refused_connection_to_unavailable() {
    FeishuHelpdesk unreachable = loopback.withTokenSource(() -> TENANT_TOKEN).build();
    server.close();

    assertThat(catchThrowable(() -> unreachable.findById(FAQ)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("no answer from Feishu")
        .hasMessageContaining("(after 3 attempts)");
  }

  private void answerEveryRequestWith(Row row) {
    server.failNextHelpdeskCalls(Integer.MAX_VALUE, row::response);
  }

  private void assertMapped(Throwable thrown, Expect expect) {
    assertThat(server.helpdeskRequests()).as("requests").isEqualTo(expect.requests());
    if (expect.type() == null) {
      assertThat(thrown).as("an absent answer, not an exception").isNull();
      return;
    }
    assertThat(thrown).isExactlyInstanceOf(expect.type());
    FaqRepositoryException mapped = (FaqRepositoryException) thrown;
    assertThat(mapped.serviceCode()).isEqualTo(expect.code());
    assertThat(mapped.getMessage()).as("rendered from the data").startsWith(mapped.description());
    assertThat(mapped).hasMessageContaining(expect.inMessage());
    if (mapped instanceof FaqServiceUnavailableException) {
      FaqServiceUnavailableException unavailable = (FaqServiceUnavailableException) mapped;
      assertThat(unavailable.retryAfter()).isEqualTo(expect.retryAfter());
      assertThat(unavailable.attempts()).isEqualTo(expect.requests());
    }
    for (Throwable t = mapped; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(TENANT_TOKEN,
          LoopbackFeishu.CREDENTIALS.helpdeskToken(), LoopbackFeishu.HELPDESK_AUTHORIZATION);
    }
  }

  @Test
  void a_quoted_text_keeps_one_line_each_control_character_and_separator_escaped_wherever_it_is() {
    assertThat(FeishuErrors.readable("a\tb\u2028c\u0085d\u001b")).isEqualTo("a\\u0009b\\u2028c\\u0085d\\u001b");
    assertThat(FeishuErrors.readable("\n")).isEqualTo("\\u000a");
    assertThat(FeishuErrors.readable("plain text, no control")).isEqualTo("plain text, no control");
    assertThat(FeishuErrors.readable(null)).isNull();
  }
}
