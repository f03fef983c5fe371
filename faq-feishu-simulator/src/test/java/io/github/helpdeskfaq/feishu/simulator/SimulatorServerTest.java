package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How answers travel, over raw sockets: lengths, chunks, broken and missing answers, concurrency, closing, what is
 * recorded of a request; and that the JDK's server logs nothing at its default level through all of it.
 */
class SimulatorServerTest {

  private static final String FAQ_PATH = "/open-apis/helpdesk/v1/faqs/1";
  /** The JDK's server logs through System.Logger, which goes to java.util.logging by default. */
  private static final Logger SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

  private final FeishuSimulator feishu = FeishuSimulator.start();
  private final String token = feishu.grantToken();
  private final List<LogRecord> shown = new CopyOnWriteArrayList<>();
  private final Handler recorder = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.INFO.intValue()) {
        shown.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private boolean parentHandlers;

  @BeforeEach
  void recordTheServersLog() {
    parentHandlers = SERVER_LOG.getUseParentHandlers();
    SERVER_LOG.setUseParentHandlers(false);
    SERVER_LOG.addHandler(recorder);
    System.getLogger("com.sun.net.httpserver").log(System.Logger.Level.WARNING, "a probe of the recording");
    assertThat(shown).as("what the server logs is recorded here").hasSize(1);
    shown.clear();
  }

  @AfterEach
  void close() {
    feishu.close();
    SERVER_LOG.removeHandler(recorder);
    SERVER_LOG.setUseParentHandlers(parentHandlers);
    assertThat(shown).as("the JDK's server logged at its default level").isEmpty();
  }

  @Test
  void sends_a_body_with_its_length_or_in_chunks() throws IOException {
    feishu.answerFaq("1", () -> FeishuResponses.json(200, "{\"code\":0}"));
    feishu.answerFaq("2", () -> FeishuResponses.json(200, "{\"code\":0}").chunked());

    String whole = exchange(get(FAQ_PATH));
    String chunked = exchange(get("/open-apis/helpdesk/v1/faqs/2"));

    assertThat(whole).startsWith("HTTP/1.1 200 ").containsIgnoringCase("Content-length: 10\r\n")
        .endsWith("\r\n\r\n{\"code\":0}");
    assertThat(chunked).containsIgnoringCase("Transfer-encoding: chunked\r\n")
        .doesNotContainIgnoringCase("Content-length").contains("\r\n\r\na\r\n{\"code\":0}\r\n0\r\n\r\n");
  }

  @Test
  void breaks_an_answer_off_after_half_its_announced_body() throws IOException {
    feishu.answerFaq("1", () -> FeishuResponses.json(200, "x".repeat(1000)).brokenOffMidBody());

    String answer = exchange(get(FAQ_PATH));

    assertThat(answer).containsIgnoringCase("Content-length: 1000\r\n");
    assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).hasSize(500);
  }

  @Test
  void closes_the_connection_without_an_answer_once_the_request_is_read() throws IOException {
    feishu.failNextHelpdeskCalls(1, SimulatedAnswer::disconnectAfterRequest);

    assertThat(exchange(get(FAQ_PATH))).isEmpty();
    assertThat(feishu.takeRequest().path()).isEqualTo(FAQ_PATH);
  }

  @Test
  void holds_a_silent_answer_without_holding_up_others_and_releases_it_on_close() throws IOException {
    feishu.failNextHelpdeskCalls(1, FeishuResponses::noResponse);
    feishu.answerFaq("2", () -> FeishuResponses.json(200, "{\"code\":0}"));
    try (Socket silent = connect()) {
      silent.getOutputStream().write(get(FAQ_PATH).getBytes(StandardCharsets.US_ASCII));
      assertThat(feishu.takeRequest().path()).as("the silent request arrived").isEqualTo(FAQ_PATH);

      assertThat(exchange(get("/open-apis/helpdesk/v1/faqs/2"))).startsWith("HTTP/1.1 200 ");

      feishu.close();
      assertThat(readAll(silent.getInputStream())).as("nothing but the end of the connection").isEmpty();
    }
  }

  @Test
  void sends_a_late_head_and_a_throttled_body_whole() throws IOException {
    feishu.answerFaq("1", () -> FeishuResponses.json(200, "{\"code\":0,\"msg\":\"slowly\"}")
        .withHeadDelay(Duration.ofMillis(20)).throttled(5, Duration.ofMillis(1)));

    assertThat(exchange(get(FAQ_PATH))).endsWith("\r\n\r\n{\"code\":0,\"msg\":\"slowly\"}");
  }

  @Test
  void survives_a_client_that_goes_away_and_one_that_speaks_tls() throws IOException {
    feishu.answerFaq("1", () -> FeishuResponses.json(200, "{}").withHeadDelay(Duration.ofMillis(50)));
    try (Socket impatient = connect()) {
      impatient.getOutputStream().write(get(FAQ_PATH).getBytes(StandardCharsets.US_ASCII));
    }
    try (Socket tls = connect()) {
      tls.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1});
      tls.shutdownOutput();
      readAll(tls.getInputStream());
    }

    assertThat(exchange(get(FAQ_PATH))).as("still serving").startsWith("HTTP/1.1 200 ");
  }

  @Test
  void records_a_request_as_sent_with_decoded_views() throws IOException {
    String body = "{\"app_id\":\"a\"}";
    exchange("POST /open-apis/x/%E6%97%A0/y?query=a%2Bb+c&page_size=5&query=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "X-Lark-Helpdesk-Authorization: h\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
        + body);

    SimulatedRequest request = feishu.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/open-apis/x/%E6%97%A0/y?query=a%2Bb+c&page_size=5&query=2");
    assertThat(request.encodedPath()).isEqualTo("/open-apis/x/%E6%97%A0/y");
    assertThat(request.pathSegments()).containsExactly("open-apis", "x", "无", "y");
    assertThat(request.queryParameter("query")).isEqualTo("a+b c");
    assertThat(request.queryParameters()).containsExactly(Map.entry("query", List.of("a+b c", "2")),
        Map.entry("page_size", List.of("5")));
    assertThat(request.queryParameter("page_token")).isNull();
    assertThat(request.header("x-lark-helpdesk-authorization")).isEqualTo("h");
    assertThat(request.header("Authorization")).isNull();
    assertThat(request.bodyText()).isEqualTo(body);
    assertThat(request.bodySize()).isEqualTo(body.length());
    assertThat(request.requestLine()).startsWith("POST /open-apis/x/%E6%97%A0/y?query=").endsWith(" HTTP/1.1");
    assertThat(feishu.requestCount()).isEqualTo(1);
  }

  @Test
  void numbers_the_requests_of_each_connection() throws IOException {
    try (Socket kept = connect()) {
      kept.getOutputStream().write((get(FAQ_PATH) + get(FAQ_PATH)).getBytes(StandardCharsets.US_ASCII));
      assertThat(List.of(feishu.takeRequest().sequenceNumber(), feishu.takeRequest().sequenceNumber()))
          .containsExactly(0, 1);
    }
    exchange(get(FAQ_PATH));

    assertThat(feishu.takeRequest().sequenceNumber()).as("a new connection's first").isZero();
  }

  private String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nX-Lark-Helpdesk-Authorization: " + feishu.credentials().helpdeskAuthorization() + "\r\n\r\n";
  }

  /** Sends one request on a new connection, asks to close it after the answer, and reads to its end. */
  private String exchange(String request) throws IOException {
    String closing = request.contains("Connection: close") ? request
        : request.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
    try (Socket socket = connect()) {
      socket.getOutputStream().write(closing.getBytes(StandardCharsets.UTF_8));
      return readAll(socket.getInputStream());
    }
  }

  private Socket connect() throws IOException {
    URI base = URI.create(feishu.baseUrl());
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(10_000); // a safety net: no test waits for it
    return socket;
  }

  /** Everything until the connection ends; a reset ends it too. */
  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // the connection ended
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
