package io.github.helpdeskfaq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one loopback server that every client talks to, on 127.0.0.1: it answers the tenant-token request, the seed
 * FAQ and its 64 MiB image from bytes prepared once, with keep-alive, {@code Content-Length} and
 * {@code Content-Type}. Requests without the expected {@code Authorization} and {@code X-Lark-Helpdesk-Authorization}
 * get Feishu's 401 answer, so a client that sends the wrong headers fails its sanity check instead of being measured.
 *
 * <p>The suite runs it in its own JVM (the JMH host), so its work never counts in a client's allocation or heap
 * figures; {@code rawSocket} in the results is how fast it answers a client that does nothing else.
 */
interface BenchServer extends AutoCloseable {

  String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  String FAQ_PATH = "/open-apis/helpdesk/v1/faqs/" + Seed.FAQ_ID;
  String IMAGE_PATH = FAQ_PATH + "/image/" + Seed.IMAGE_KEY_VALUE;
  String HELPDESK_AUTHORIZATION = Base64.getEncoder().encodeToString(
      (Seed.HELPDESK_ID + ":" + Seed.HELPDESK_TOKEN).getBytes(StandardCharsets.UTF_8));
  String BEARER = "Bearer " + Seed.TENANT_TOKEN;

  byte[] TOKEN_ANSWER = ("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + Seed.TENANT_TOKEN
      + "\",\"expire\":7200}").getBytes(StandardCharsets.UTF_8);
  byte[] NOT_FOUND = "{\"code\":154004,\"msg\":\"resource not found\"}".getBytes(StandardCharsets.UTF_8);
  byte[] UNAUTHORIZED = "{\"code\":154001,\"msg\":\"helpdesk authorization failed\"}"
      .getBytes(StandardCharsets.UTF_8);

  /** Which server: {@code socket} (the default) or {@code jdk} ({@link JdkHttpBenchServer}, for comparison). */
  String KIND_PROPERTY = "faqbench.server";

  /** Where it listens: {@code http://127.0.0.1:<port>}. */
  String baseUrl();

  /** The SHA-256 of the image it serves, in lower-case hex. */
  String imageSha256();

  @Override
  void close();

  /**
   * Generates the image and starts a server of the kind that {@link #KIND_PROPERTY} names on an ephemeral port.
   *
   * @return the running server
   * @throws IOException if it cannot listen
   */
  static BenchServer start() throws IOException {
    byte[] image = Seed.image();
    String sha = Digests.hex(Digests.sha256(image));
    String kind = System.getProperty(KIND_PROPERTY, "socket");
    return switch (kind) {
      case "socket" -> new SocketBenchServer(image, sha);
      case "jdk" -> new JdkHttpBenchServer(image, sha);
      default -> throw new IllegalArgumentException(KIND_PROPERTY + ": socket or jdk, not " + kind);
    };
  }
}
