package io.github.helpdeskfaq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where the benchmark's server is, as seen from a forked benchmark JVM. {@link BenchSuite} starts the server in its
 * own JVM and hands its address to every fork as system properties; a benchmark run some other way (JMH's own
 * command line) starts one in the benchmark's JVM instead, whose work then counts in the allocation figures.
 */
final class Endpoint {

  static final String BASE_URL_PROPERTY = "faqbench.baseUrl";
  static final String IMAGE_SHA256_PROPERTY = "faqbench.imageSha256";

  private static Endpoint current;

  final String baseUrl;
  final String imageSha256;

  private Endpoint(String baseUrl, String imageSha256) {
    this.baseUrl = baseUrl;
    this.imageSha256 = imageSha256;
  }

  /** The suite's server, or one started here (once per JVM) when the suite did not say where its server is. */
  static synchronized Endpoint get() {
    if (current == null) {
      String baseUrl = System.getProperty(BASE_URL_PROPERTY);
      String sha = System.getProperty(IMAGE_SHA256_PROPERTY);
      if (baseUrl != null && sha != null) {
        current = new Endpoint(baseUrl, sha);
      } else {
        System.err.println("faq-bench: no " + BASE_URL_PROPERTY + " given: starting the server in this JVM; "
            + "its work counts in the allocation figures. Run the suite (java -jar benchmarks.jar) instead.");
        try {
          BenchServer server = BenchServer.start();
          current = new Endpoint(server.baseUrl(), server.imageSha256());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return current;
  }

  String[] asJvmArgs() {
    return new String[] {"-D" + BASE_URL_PROPERTY + "=" + baseUrl, "-D" + IMAGE_SHA256_PROPERTY + "=" + imageSha256};
  }

  static Endpoint of(BenchServer server) {
    return new Endpoint(server.baseUrl(), server.imageSha256());
  }
}
