package io.github.helpdeskfaq.app.interaction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.helpdeskfaq.app.exit.SignInException;
import io.github.helpdeskfaq.app.exit.UsageException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback end of a sign-in from a terminal (OAuth's authorization code, RFC 8252 section 7.3): listens on
 * {@code 127.0.0.1} for the platform's redirect to {@value #PATH}, answers the browser with a short page, and hands
 * the code over only when the redirect carries this sign-in's {@code state}. The first redirect decides; other paths
 * are 404. {@link #close()} stops listening.
 */
public final class LoopbackRedirect implements AutoCloseable {

  /** The redirect's path. */
  public static final String PATH = "/callback";
  private static final String AGAIN = "run 'faq-app login' again";

  private final HttpServer server;
  private final byte[] state;
  private final CompletableFuture<String> code = new CompletableFuture<>();

  private LoopbackRedirect(HttpServer server, String state) {
    this.server = server;
    this.state = state.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Starts listening.
   *
   * @param port the port, as registered in the app's redirect URL; 0 for any free one
   * @param state the sign-in's state, which the redirect must carry back
   * @return the listening end
   * @throws UsageException if the port cannot be listened on
   */
  public static LoopbackRedirect listen(int port, String state) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
    } catch (IOException | IllegalArgumentException unusable) {
      throw new UsageException("cannot receive the sign-in on 127.0.0.1:" + port + " (" + unusable.getMessage()
          + "); choose another --port, and register http://127.0.0.1:<port>" + PATH + " as a redirect URL of the "
          + "app", unusable);
    }
    LoopbackRedirect redirect = new LoopbackRedirect(server, state);
    server.createContext("/", redirect::answer);
    server.start();
    return redirect;
  }

  /** The redirect URL to give the platform: {@code http://127.0.0.1:<port>/callback}. @return the URL */
  public String uri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  /**
   * Waits for the redirect.
   *
   * @param timeout how long to wait
   * @return the authorization code it carried
   * @throws SignInException if none came in time, it was refused in the browser, or it is not this sign-in's
   */
  public String awaitCode(Duration timeout) {
    try {
      return code.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      throw new SignInException("no sign-in arrived within " + seconds(timeout) + " s (--timeout): nothing was "
          + "saved; " + AGAIN);
    } catch (ExecutionException failed) {
      throw (SignInException) failed.getCause();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SignInException("interrupted while waiting for the sign-in: nothing was saved");
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!PATH.equals(exchange.getRequestURI().getPath())) {
        page(exchange, 404, "Not found", "faq-app waits for the sign-in at " + PATH + " only.");
        return;
      }
      if (code.isDone()) {
        page(exchange, 409, "Already done", "This sign-in has already received its answer. Close this page.");
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String given = query.getOrDefault("state", "");
      if (!MessageDigest.isEqual(state, given.getBytes(StandardCharsets.UTF_8))) {
        code.completeExceptionally(new SignInException("the redirect did not carry this sign-in's state, so its code "
            + "was not used: nothing was saved; " + AGAIN));
        page(exchange, 400, "Not this sign-in", "This page was not opened by the sign-in that faq-app is waiting "
            + "for. Nothing was saved. Close it, and sign in again from the terminal.");
      } else if (query.containsKey("error") || !query.containsKey("code")) {
        code.completeExceptionally(new SignInException("the sign-in was not granted ("
            + query.getOrDefault("error", "the redirect carried no code") + "): nothing was saved; " + AGAIN));
        page(exchange, 400, "Not signed in", "The sign-in was not granted. Nothing was saved. Close this page.");
      } else {
        code.complete(query.get("code"));
        page(exchange, 200, "Signed in", "faq-app received the sign-in. Close this page and go back to the "
            + "terminal.");
      }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException garbled) {
          // a parameter that is not URL-encoded is not one of ours
        }
      }
    }
    return parameters;
  }

  private static void page(HttpExchange exchange, int status, String title, String text) throws IOException {
    byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>faq-app: " + title
        + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String seconds(Duration timeout) {
    return BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
