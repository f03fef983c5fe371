package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 64 MiB image streams through a JVM whose whole heap is 32 MiB: an adapter that buffered the image even once
 * would die of {@link OutOfMemoryError}. Runs in its own surefire execution with {@code -Xmx32m} (see the POM) and
 * is excluded from the default one; there it fails if the heap is not small, elsewhere it is skipped.
 *
 * <p>The simulator serves a fake, which holds its images in memory, so the image comes from the JDK's own HTTP
 * server on loopback, which generates deterministic pseudo-random bytes on the fly and digests them as it sends them.
 */
class ImageStreamingHeapTest {

  static {
    // Without it the JDK server's small writes wait on Nagle's algorithm.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Set by the POM's bounded-heap execution, which also sets {@code -Xmx32m}. */
  private static final String BOUNDED_EXECUTION = "feishu.test.boundedHeap";
  private static final long IMAGE_SIZE = 64L * 1024 * 1024;
  private static final int CHUNK = 64 * 1024;
  private static final long SEED = 20260101L;
  private static final FaqId FAQ = FaqId.of("6936004780707807231");
  private static final ImageKey KEY = ImageKey.of("img_64_mib");

  @Test
  void streams_a_64_mib_image_through_a_32_mib_heap() throws Exception {
    assumeTrue(Boolean.getBoolean(BOUNDED_EXECUTION), "runs in the POM's bounded-heap execution only; "
        + "picked with -Dtest it lands in the default execution, whose heap proves nothing");
    assertThat(Runtime.getRuntime().maxMemory())
        .as("the bounded-heap execution must give this test a heap of at most half the image (-Xmx32m)")
        .isLessThanOrEqualTo(IMAGE_SIZE / 2);
    CompletableFuture<String> sentDigest = new CompletableFuture<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/open-apis/helpdesk/v1/faqs/", exchange -> serveImage(exchange, sentDigest));
    server.start();
    try {
      FeishuHelpdesk repository = FeishuHelpdesk.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .tenantAccessTokenSource(() -> "t-token")
          .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
          .build();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

      Optional<String> receivedDigest = repository.readImage(FAQ, KEY, image -> {
        assertThat(image.contentLength()).hasValue(IMAGE_SIZE);
        assertThat(image.contentType()).isEqualTo("image/png");
        return ContractData.sha256(image.stream());
      });

      assertThat(receivedDigest).contains(sentDigest.get(30, TimeUnit.SECONDS));
      System.out.printf("streamed %d MiB with -Xmx%d MiB; peak heap (sum of pool peaks) %d MiB%n",
          IMAGE_SIZE >> 20, Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20);
    } finally {
      server.stop(0);
    }
  }

  private static void serveImage(HttpExchange exchange, CompletableFuture<String> sentDigest) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, IMAGE_SIZE);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      SplittableRandom random = new SplittableRandom(SEED);
      byte[] chunk = new byte[CHUNK];
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < IMAGE_SIZE; sent += CHUNK) {
          random.nextBytes(chunk);
          digest.update(chunk);
          out.write(chunk);
        }
      }
      sentDigest.complete(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException | RuntimeException failed) {
      sentDigest.completeExceptionally(failed);
    }
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
