package io.github.helpdeskfaq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The loopback server that every client talks to, on 127.0.0.1: it answers the tenant-token request, the seed FAQ
 * (the same bytes) and its 64 MiB image. Requests without the expected {@code Authorization} and
 * {@code X-Lark-Helpdesk-Authorization} get Feishu's 401 answer, so a client that sends the wrong headers fails its
 * sanity check instead of being measured. Two stand-ins, chosen by {@link #KIND_PROPERTY}: the bench's own
 * ({@link SocketBenchServer}, plain sockets and answers prepared once) and the simulator
 * ({@link SimulatorBenchServer}, the JDK's HTTP server), because what a client costs depends on the server it talks
 * to (the headers it sends, how it keeps connections), and an application's Feishu is neither.
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

  /** Which server: {@code socket} (the default) or {@code simulator}. */
  String KIND_PROPERTY = "faqbench.server";
  /** The kinds of server, in the order {@link ColdProcessComparison} runs them. */
  List<String> KINDS = List.of("socket", "simulator");

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
    return start(System.getProperty(KIND_PROPERTY, "socket"));
  }

  /** Generates the image and starts a server of the given kind on an ephemeral port. */
  static BenchServer start(String kind) throws IOException {
    byte[] image = Seed.image();
    String sha = Digests.hex(Digests.sha256(image));
    return switch (kind) {
      case "socket" -> new SocketBenchServer(image, sha);
      case "simulator" -> new SimulatorBenchServer(image, sha);
      default -> throw new IllegalArgumentException(KIND_PROPERTY + ": one of " + KINDS + ", not " + kind);
    };
  }
}
