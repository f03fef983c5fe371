package io.github.helpdeskfaq.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A helpdesk on 127.0.0.1 that holds many generated FAQs, one image each, and enforces a quota the way Feishu's
 * gateway answers it: beyond {@code quota} helpdesk requests per second (a bucket of {@code quota} tokens, refilled
 * continuously) it answers 429 with code 99991400 and {@code x-ogw-ratelimit-reset}. It serves the token, the FAQ
 * list (paged by {@code page_token}/{@code page_size}, at most 100), the category tree and the images; image sizes grow
 * geometrically from the smallest to the largest over the FAQs, and their bytes are generated as they are sent, so
 * the server holds no image. It counts what it answered.
 *
 * <p>{@link #change} and {@link #delete} edit the helpdesk between two syncs.
 */
final class QuotaHelpdesk implements AutoCloseable {

  static final String LIST_PATH = "/open-apis/helpdesk/v1/faqs";
  static final String CATEGORIES_PATH = "/open-apis/helpdesk/v1/categories";
  private static final Pattern IMAGE_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/(\\d+)/image/img_(\\d+)");
  private static final long FIRST_ID = 7_000_000_000_000_000_000L;
  private static final long FIRST_UPDATE = 1_700_000_000L;
  private static final int CHUNK = 64 * 1024;
  private static final String JSON = "application/json; charset=utf-8";
  private static final byte[] CATEGORIES = ("{\"code\":0,\"msg\":\"success\",\"data\":{\"categories\":["
      + "{\"category_id\":\"7100000000000000001\",\"name\":\"Even\",\"children\":[]},"
      + "{\"category_id\":\"7100000000000000002\",\"name\":\"Odd\",\"children\":[]}]}}").getBytes(StandardCharsets.UTF_8);
  private static final byte[] THROTTLED = "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}"
      .getBytes(StandardCharsets.UTF_8);

  private final int faqs;
  private final long smallest;
  private final long largest;
  private final int quota;
  private final Set<Integer> changed = ConcurrentHashMap.newKeySet();
  private final Set<Integer> deleted = ConcurrentHashMap.newKeySet();
  private final HttpServer server;
  private final ExecutorService workers;
  private double tokens;
  private long refilled = System.nanoTime();

  final AtomicLong pages = new AtomicLong();
  final AtomicLong categoryTrees = new AtomicLong();
  final AtomicLong images = new AtomicLong();
  final AtomicLong imageBytes = new AtomicLong();
  final AtomicLong throttled = new AtomicLong();

  /**
   * Starts the helpdesk.
   *
   * @param faqs how many FAQs
   * @param smallest the size of the first FAQ's image, in bytes
   * @param largest the size of the last FAQ's image, in bytes
   * @param quota helpdesk requests per second
   */
  QuotaHelpdesk(int faqs, long smallest, long largest, int quota) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.faqs = faqs;
    this.smallest = smallest;
    this.largest = largest;
    this.quota = quota;
    this.tokens = quota;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.workers = Executors.newFixedThreadPool(32, runnable -> {
      Thread thread = new Thread(runnable, "quota-helpdesk");
      thread.setDaemon(true);
      return thread;
    });
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The image size of FAQ {@code i}: geometric from the smallest to the largest. */
  long imageSize(int i) {
    return faqs == 1 ? smallest : Math.round(smallest * Math.pow((double) largest / smallest, i / (faqs - 1.0)));
  }

  /** Gives FAQs a new {@code update_time} and question (their images stay). */
  void change(Set<Integer> indexes) {
    changed.addAll(indexes);
  }

  /** Removes FAQs. */
  void delete(Set<Integer> indexes) {
    deleted.addAll(indexes);
  }

  int liveFaqs() {
    return faqs - deleted.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream request = exchange.getRequestBody()) {
      request.transferTo(OutputStream.nullOutputStream());
      String path = exchange.getRequestURI().getRawPath();
      if ("POST".equals(exchange.getRequestMethod()) && BenchServer.TOKEN_PATH.equals(path)) {
        send(exchange, 200, JSON, BenchServer.TOKEN_ANSWER);
        return;
      }
      if (!BenchServer.BEARER.equals(exchange.getRequestHeaders().getFirst("Authorization"))
          || !BenchServer.HELPDESK_AUTHORIZATION.equals(
              exchange.getRequestHeaders().getFirst("X-Lark-Helpdesk-Authorization"))) {
        send(exchange, 401, JSON, BenchServer.UNAUTHORIZED);
        return;
      }
      long wait = admit();
      if (wait > 0) {
        throttled.incrementAndGet();
        exchange.getResponseHeaders().set("x-ogw-ratelimit-limit", String.valueOf(quota));
        exchange.getResponseHeaders().set("x-ogw-ratelimit-reset", String.valueOf(wait));
        send(exchange, 429, JSON, THROTTLED);
        return;
      }
      Matcher image = IMAGE_PATH.matcher(path);
      if (LIST_PATH.equals(path)) {
        pages.incrementAndGet();
        send(exchange, 200, JSON, page(query(exchange.getRequestURI().getRawQuery())));
      } else if (CATEGORIES_PATH.equals(path)) {
        categoryTrees.incrementAndGet();
        send(exchange, 200, JSON, CATEGORIES);
      } else if (image.matches() && live(image)) {
        images.incrementAndGet();
        sendImage(exchange, Integer.parseInt(image.group(2)));
      } else {
        send(exchange, 404, JSON, BenchServer.NOT_FOUND);
      }
    }
  }

  private boolean live(Matcher image) {
    int index = Integer.parseInt(image.group(2));
    return index < faqs && !deleted.contains(index) && image.group(1).equals(String.valueOf(FIRST_ID + index));
  }

  /** Takes a token of the quota: 0 when admitted, else the whole seconds until one is free. */
  private synchronized long admit() {
    long now = System.nanoTime();
    tokens = Math.min(quota, tokens + (now - refilled) / 1e9 * quota);
    refilled = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / quota);
  }

  private byte[] page(Map<String, String> query) {
    int size = Math.min(100, Integer.parseInt(query.getOrDefault("page_size", "20")));
    int from = Integer.parseInt(query.getOrDefault("page_token", "0"));
    StringBuilder items = new StringBuilder();
    int index = from;
    int held = 0;
    for (; index < faqs && held < size; index++) {
      if (!deleted.contains(index)) {
        items.append(held++ == 0 ? "" : ",").append(faq(index));
      }
    }
    while (index < faqs && deleted.contains(index)) {
      index++;
    }
    boolean more = index < faqs;
    return ("{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":" + more + ",\"page_token\":\""
        + (more ? index : "") + "\",\"page_size\":" + held + ",\"total\":" + liveFaqs() + ",\"items\":[" + items
        + "]}}").getBytes(StandardCharsets.UTF_8);
  }

  private String faq(int i) {
    boolean edited = changed.contains(i);
    return "{\"faq_id\":\"" + (FIRST_ID + i) + "\",\"question\":\"Question " + i + (edited ? ", edited" : "")
        + "?\",\"answer_richtext\":[{\"type\":\"text\",\"content\":\"Answer " + i + ".\"},{\"type\":\"img\","
        + "\"key\":\"img_" + i + "\"}],\"update_time\":\"" + (FIRST_UPDATE + i + (edited ? 1 : 0))
        + "\",\"categories\":[{\"category_id\":\"710000000000000000" + (i % 2 == 0 ? 1 : 2) + "\"}]}";
  }

  private void sendImage(HttpExchange exchange, int index) throws IOException {
    long size = imageSize(index);
    exchange.getResponseHeaders().set("Content-Type", "image/png");
    exchange.sendResponseHeaders(200, size);
    OutputStream out = exchange.getResponseBody();
    byte[] chunk = new byte[CHUNK];
    for (long sent = 0; sent < size; ) {
      int n = (int) Math.min(CHUNK, size - sent);
      for (int k = 0; k < n; k++) {
        long offset = sent + k;
        chunk[k] = (byte) (index * 131 + offset * 7 ^ offset >>> 9);
      }
      out.write(chunk, 0, n);
      sent += n;
    }
    out.flush();
    imageBytes.addAndGet(size);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
