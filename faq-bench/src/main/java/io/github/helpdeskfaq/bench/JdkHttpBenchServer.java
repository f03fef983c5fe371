package io.github.helpdeskfaq.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's server on the JDK's built-in {@link HttpServer} (127.0.0.1, a pool of 16 workers), kept to show
 * why the suite does not use it. It must be started with {@code sun.net.httpserver.nodelay=true}, or Nagle's
 * algorithm, meeting the client's delayed ACK, stalls every keep-alive answer by about 40 ms. Even so, every request
 * passes from the selector thread to a worker and the connection back to the selector: at 8 threads a raw socket
 * got about 27k answers/s from it, barely ahead of the floor (21k/s), so the server was what the rows measured
 * ({@link SocketBenchServer}: 176k/s, the floor 35k/s). Run the suite with {@code -Dfaqbench.server=jdk} to see it.
 */
final class JdkHttpBenchServer implements BenchServer {

  /** Big enough to keep the socket busy, small enough that the JDK's per-thread direct buffer stays small. */
  private static final int IMAGE_CHUNK = 256 * 1024;
  private static final String JSON = "application/json; charset=utf-8";

  private final byte[] faqJson = Seed.faqJson();
  private final byte[] image;
  private final String imageSha256;
  private final HttpServer server;
  private final ExecutorService workers;

  JdkHttpBenchServer(byte[] image, String imageSha256) throws IOException {
    // Read once, when the JDK's server configuration is first loaded: it must be set before any server exists.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.image = image;
    this.imageSha256 = imageSha256;
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

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public String imageSha256() {
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
