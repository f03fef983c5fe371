package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link FeishuSimulator} serving the contract's known FAQ and a small image on 127.0.0.1, with builders for
 * repositories that talk to it on test clocks: the breaker's open duration on {@link #clock}, retry waits on
 * {@link #retryClock} (recorded, never slept). Register it with {@code @RegisterExtension}: it shuts its server down
 * after each test.
 */
final class LoopbackFeishu implements AutoCloseable, AfterEachCallback {

  static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

  final FeishuSimulator feishu = new FeishuSimulator()
      .faq(ContractData.KNOWN_FAQ_ID.value(), Fixtures.text(Fixtures.KNOWN_FAQ))
      .image(ContractData.KNOWN_FAQ_ID.value(), ContractData.IMAGE_KEY.value(), "image/png", IMAGE);
  final MockWebServer server = new MockWebServer();
  final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final FakeRetryClock retryClock = new FakeRetryClock();

  private LoopbackFeishu() {}

  static LoopbackFeishu start() {
    LoopbackFeishu loopback = new LoopbackFeishu();
    loopback.server.setDispatcher(loopback.feishu);
    loopback.server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      loopback.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loopback;
  }

  /** The app's credentials: the repository fetches its tenant tokens from the simulator. */
  FeishuFaqRepository.Builder withAppCredentials() {
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .appCredentials(FeishuSimulator.APP_ID, FeishuSimulator.APP_SECRET)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .clock(clock)
        .retryClock(retryClock);
  }

  /** A tenant token that the simulator knows, handed in by the caller: no token requests. */
  FeishuFaqRepository.Builder withTokenSource() {
    String token = feishu.grantToken();
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .tenantAccessTokenSource(() -> token)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .clock(clock)
        .retryClock(retryClock);
  }

  static MockResponse serverError() {
    return FeishuSimulator.json(500, "{\"code\":155000,\"msg\":\"Internal error\"}");
  }

  static MockResponse rateLimited(Integer resetSeconds) {
    MockResponse response = FeishuSimulator.json(429,
        "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}");
    return resetSeconds == null ? response : response.setHeader("x-ogw-ratelimit-reset", resetSeconds)
        .setHeader("x-ogw-ratelimit-limit", 50);
  }

  static MockResponse gatewayPage() {
    return new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  static MockResponse slow(Duration delay) {
    return FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The known FAQ's answer, its connection dropped halfway through the body. */
  static MockResponse droppedMidBody() {
    return FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  static MockResponse image() {
    return new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(IMAGE));
  }

  /**
   * Server sockets whose connections send at once: MockWebServer writes an answer's head and body apart, and with
   * Nagle's algorithm against the client's delayed ACK each answer would take some 40 ms on loopback.
   */
  private static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
