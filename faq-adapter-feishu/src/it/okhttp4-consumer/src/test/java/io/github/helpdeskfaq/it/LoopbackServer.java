package io.github.helpdeskfaq.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A JDK HTTP server on 127.0.0.1: the application's own endpoint, and as much of Feishu as the adapter needs to read
 * one FAQ and its image (the tenant token, the FAQ, the image), which it serves only with the right credentials.
 */
final class LoopbackServer implements AutoCloseable {

  static final String APP_ID = "cli_consumer";
  static final String APP_SECRET = "consumer-app-secret";
  static final String HELPDESK_ID = "7000000000000000001";
  static final String HELPDESK_TOKEN = "consumer-helpdesk-token";
  static final String FAQ_ID = "6936004780707807231";
  static final String IMAGE_KEY = "img_consumer-check";
  static final String QUESTION = "How do I reset my password?";
  /** Not a real PNG: the adapter hands over bytes as they come. */
  static final byte[] IMAGE = "\u0089PNG\r\n\u001a\n consumer image".getBytes(StandardCharsets.ISO_8859_1);

  private static final String TENANT_TOKEN = "t-consumer";
  private static final String FAQ_PATH = "/open-apis/helpdesk/v1/faqs/" + FAQ_ID;
  private static final String HELPDESK_AUTHORIZATION = Base64.getEncoder()
      .encodeToString((HELPDESK_ID + ":" + HELPDESK_TOKEN).getBytes(StandardCharsets.UTF_8));

  private final HttpServer server;

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The server's root, {@code http://127.0.0.1:port/}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
      switch (route) {
        case "GET /app/greeting" -> send(exchange, 200, "application/json", "{\"greeting\":\"hello\"}");
        case "POST /open-apis/auth/v3/tenant_access_token/internal" -> send(exchange, 200, "application/json",
            "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + TENANT_TOKEN + "\",\"expire\":7200}");
        case "GET " + FAQ_PATH -> {
          if (authorized(exchange)) {
            send(exchange, 200, "application/json", "{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{"
                + "\"faq_id\":\"" + FAQ_ID + "\",\"question\":\"" + QUESTION + "\",\"answer\":\"Use the link.\"}}}");
          }
        }
        case "GET " + FAQ_PATH + "/image/" + IMAGE_KEY -> {
          if (authorized(exchange)) {
            send(exchange, 200, "image/png", IMAGE);
          }
        }
        default -> send(exchange, 404, "application/json", "{\"code\":404,\"msg\":\"not found\"}");
      }
    }
  }

  private static boolean authorized(HttpExchange exchange) throws IOException {
    var headers = exchange.getRequestHeaders();
    if (("Bearer " + TENANT_TOKEN).equals(headers.getFirst("Authorization"))
        && HELPDESK_AUTHORIZATION.equals(headers.getFirst("X-Lark-Helpdesk-Authorization"))) {
      return true;
    }
    send(exchange, 401, "application/json", "{\"code\":99991663,\"msg\":\"invalid access token\"}");
    return false;
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
