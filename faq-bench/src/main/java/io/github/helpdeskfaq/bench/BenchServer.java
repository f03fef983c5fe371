package io.github.helpdeskfaq.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one loopback server that every client talks to: the JDK's {@link HttpServer} on 127.0.0.1, answering the
 * tenant-token request, the seed FAQ and its 64 MiB image from bytes prepared once, with keep-alive,
 * {@code Content-Length} and {@code Content-Type}.
 *
 * <p>Started with {@code sun.net.httpserver.nodelay=true}: without it the server writes headers and body in two
 * segments and Nagle's algorithm, meeting the client's delayed ACK, stalls every keep-alive answer by about 40 ms.
 * The suite runs it in its own JVM (the JMH host), so its work never counts in a client's allocation or heap figures;
 * {@code rawSocket} in the results is how fast it answers a client that does nothing else.
 *
 * <p>Requests without the expected {@code Authorization} and {@code X-Lark-Helpdesk-Authorization} headers get
 * Feishu's 401 answer, so a client that sends the wrong headers fails its sanity check instead of being measured.
 */
final class BenchServer implements AutoCloseable {

  static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  static final String FAQ_PATH = "/open-apis/helpdesk/v1/faqs/" + Seed.FAQ_ID;
  static final String IMAGE_PATH = FAQ_PATH + "/image/" + Seed.IMAGE_KEY_VALUE;
  static final String HELPDESK_AUTHORIZATION = Base64.getEncoder().encodeToString(
      (Seed.HELPDESK_ID + ":" + Seed.HELPDESK_TOKEN).getBytes(StandardCharsets.UTF_8));
  static final String BEARER = "Bearer " + Seed.TENANT_TOKEN;

  /** Big enough to keep the socket busy, small enough that the JDK's per-thread direct buffer stays small. */
  private static final int IMAGE_CHUNK = 256 * 1024;
  private static final String JSON = "application/json; charset=utf-8";
  private static final byte[] TOKEN_ANSWER = ("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + Seed.TENANT_TOKEN
      + "\",\"expire\":7200}").getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOT_FOUND = "{\"code\":154004,\"msg\":\"resource not found\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNAUTHORIZED = "{\"code\":154001,\"msg\":\"helpdesk authorization failed\"}"
      .getBytes(StandardCharsets.UTF_8);

  private final byte[] faqJson = Seed.faqJson();
  private final byte[] image;
  private final String imageSha256;
  private final HttpServer server;
  private final ExecutorService workers;

  private BenchServer(byte[] image) throws IOException {
    this.image = image;
    this.imageSha256 = Digests.hex(Digests.sha256(image));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.workers = Executors.newFixedThreadPool(16, runnable -> {
      Thread thread = new Thread(runnable, "bench-server");
      thread.setDaemon(true);
      return thread;
    });
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  /** Starts a server on an ephemeral port of 127.0.0.1. */
  static BenchServer start() throws IOException {
    // Read once, when the JDK's server configuration is first loaded: it must be set before any server exists.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    return new BenchServer(Seed.image());
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String imageSha256() {
    return imageSha256;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream request = exchange.getRequestBody()) {
      request.transferTo(OutputStream.nullOutputStream());
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      if ("POST".equals(method) && TOKEN_PATH.equals(path)) {
        send(exchange, 200, JSON, TOKEN_ANSWER);
      } else if (!"GET".equals(method) || !(FAQ_PATH.equals(path) || IMAGE_PATH.equals(path))) {
        send(exchange, 404, JSON, NOT_FOUND);
      } else if (!BEARER.equals(exchange.getRequestHeaders().getFirst("Authorization"))
          || !HELPDESK_AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("X-Lark-Helpdesk-Authorization"))) {
        send(exchange, 401, JSON, UNAUTHORIZED);
      } else if (FAQ_PATH.equals(path)) {
        send(exchange, 200, JSON, faqJson);
      } else {
        send(exchange, 200, Seed.IMAGE_CONTENT_TYPE, image);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    OutputStream out = exchange.getResponseBody();
    for (int offset = 0; offset < body.length; offset += IMAGE_CHUNK) {
      out.write(body, offset, Math.min(IMAGE_CHUNK, body.length - offset));
    }
    out.flush();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
