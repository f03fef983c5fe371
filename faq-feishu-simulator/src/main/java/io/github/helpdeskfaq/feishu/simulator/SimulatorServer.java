package io.github.helpdeskfaq.feishu.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The HTTP side of {@link FeishuSimulator}: the JDK's own server on 127.0.0.1, each request read whole, recorded,
 * answered by a function and sent as the {@link SimulatedAnswer} says, on a thread of its own, so that an answer
 * that waits holds up nothing else. Closing stops listening, closes every connection and releases every answer
 * still waiting, within {@link #CLOSE_TIMEOUT}.
 *
 * <p>The JDK's server sends an answer's head and body in separate writes; with Nagle's algorithm against the
 * client's delayed ACK each answer on a kept-alive connection would wait some 40 ms. Its {@code TCP_NODELAY} setting
 * is the system property {@code sun.net.httpserver.nodelay}, read once, when the JDK's server classes are first
 * used: this class sets it (unless set already) before it starts any server.
 */
final class SimulatorServer implements AutoCloseable {

  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final Function<SimulatedRequest, SimulatedAnswer> answers;
  private final Recent<SimulatedRequest> received = new Recent<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByConnection = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimulatorServer(HttpServer server, Function<SimulatedRequest, SimulatedAnswer> answers) {
    this.server = server;
    this.answers = answers;
    AtomicInteger threads = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "feishu-simulator-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(workers);
    server.createContext("/", this::handle);
  }

  /**
   * Starts listening on 127.0.0.1.
   *
   * @param port the port; 0 for a free one
   * @param answers what to answer each request with
   * @throws UncheckedIOException if the port cannot be bound
   */
  static SimulatorServer start(int port, Function<SimulatedRequest, SimulatedAnswer> answers) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      SimulatorServer simulator = new SimulatorServer(server, answers);
      server.start();
      return simulator;
    } catch (IOException cannotBind) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, cannotBind);
    }
  }

  /** {@code http://127.0.0.1:port/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  int requestCount() {
    return requestCount.get();
  }

  /** The next request received, in order, or {@code null} if none comes within the timeout. */
  SimulatedRequest takeRequest(Duration timeout) throws InterruptedException {
    return received.take(timeout);
  }

  /** Stops listening, closes every connection and releases every waiting answer; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closing.countDown();
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Answers one request; an {@link IOException} out of here (a {@link Dropped} one too) closes the connection. */
  private void handle(HttpExchange exchange) throws IOException {
    SimulatedRequest request = read(exchange);
    requestCount.incrementAndGet();
    received.add(request);
    send(exchange, request, answer(request));
    exchange.close();
  }

  /** The answer; a scripted answer that fails (an assertion in it, say) is a 500 that names the failure's class. */
  private SimulatedAnswer answer(SimulatedRequest request) {
    try {
      return answers.apply(request);
    } catch (RuntimeException | AssertionError failed) {
      return FeishuResponses.error(500, 155000, "the simulator failed: " + failed.getClass().getName());
    }
  }

  private SimulatedRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI target = exchange.getRequestURI();
    String connection = String.valueOf(exchange.getRemoteAddress());
    int sequence = requestsByConnection.computeIfAbsent(connection, unused -> new AtomicInteger())
        .getAndIncrement();
    return new SimulatedRequest(exchange.getRequestMethod(), target.toString(), exchange.getProtocol(),
        target.getRawPath(), target.getRawQuery(), exchange.getRequestHeaders(), body, sequence);
  }

  private void send(HttpExchange exchange, SimulatedRequest request, SimulatedAnswer answer) throws IOException {
    if (answer.streamed() != null) {
      SimulatedAnswer instead = answer.streamed().sendOr((contentType, length) -> {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // The JDK's server: -1 is no body, 0 is a chunked body (of unknown length), anything else its length.
        exchange.sendResponseHeaders(200, length == 0 ? -1 : length < 0 ? 0 : length);
        return exchange.getResponseBody();
      });
      if (instead == null) {
        return;
      }
      answer = instead;
    }
    switch (answer.delivery()) {
      case DISCONNECT_AFTER_REQUEST -> throw new Dropped();
      case NO_RESPONSE -> {
        awaitClosing(null);
        throw new Dropped();
      }
      default -> {
        // sent below
      }
    }
    if (!answer.headDelay().isZero()) {
      awaitClosing(answer.headDelay());
    }
    answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
    byte[] body = answer.bodyBytes();
    boolean bodiless = "HEAD".equals(request.method()) || answer.status() < 200 || answer.status() == 204
        || answer.status() == 304 || body.length == 0;
    exchange.sendResponseHeaders(answer.status(), bodiless ? -1 : answer.isChunked() ? 0 : body.length);
    if (bodiless) {
      return;
    }
    OutputStream out = exchange.getResponseBody();
    int end = answer.delivery() == SimulatedAnswer.Delivery.BROKEN_OFF_MID_BODY ? body.length / 2 : body.length;
    int step = answer.throttleBytes() > 0 ? answer.throttleBytes() : Math.max(end, 1);
    for (int from = 0; from < end; from += step) {
      out.write(body, from, Math.min(step, end - from));
      out.flush();
      if (answer.throttleBytes() > 0 && from + step < end) {
        awaitClosing(answer.throttlePeriod());
      }
    }
    if (answer.delivery() == SimulatedAnswer.Delivery.BROKEN_OFF_MID_BODY) {
      throw new Dropped();
    }
  }

  /** Waits this long (forever when {@code null}), or until the simulator closes. */
  private void awaitClosing(Duration wait) throws Dropped {
    try {
      boolean closedMeanwhile = wait == null ? awaitForever() : closing.await(wait.toNanos(), TimeUnit.NANOSECONDS);
      if (closedMeanwhile) {
        throw new Dropped();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new Dropped();
    }
  }

  private boolean awaitForever() throws InterruptedException {
    closing.await();
    return true;
  }

  /**
   * Thrown out of the handler to drop the connection on purpose: the JDK's server closes a connection whose handler
   * throws an {@link IOException}, and logs it below its default level.
   */
  private static final class Dropped extends IOException {
    private static final long serialVersionUID = 1L;

    Dropped() {
      super("dropped on purpose", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
