package io.github.helpdeskfaq.bench;

import java.util.List;

/** The clients by name, as the benchmarks' {@code client} parameter and the table know them. */
final class Clients {

  static final String ADAPTER = "adapter";
  static final String OFFICIAL_SDK = "officialSdk";
  static final String FAKE = "fake";
  static final String RAW_SOCKET = "rawSocket";

  /** In the order of the tables. */
  static final List<String> ALL = List.of(ADAPTER, OFFICIAL_SDK, FAKE, RAW_SOCKET);

  private Clients() {}

  /**
   * Creates a client and checks that it really gets the seed FAQ (and, when asked, the image), so that no benchmark
   * ever measures an error path.
   *
   * @param name one of {@link #ALL}
   * @param endpoint the server
   * @param image whether the image is needed (the fake then holds 64 MiB)
   * @return the checked client
   */
  static BenchClient create(String name, Endpoint endpoint, boolean image) throws Exception {
    BenchClient client = switch (name) {
      case ADAPTER -> new AdapterClient(endpoint);
      case OFFICIAL_SDK -> new OfficialSdkClient(endpoint);
      case FAKE -> new FakeClient(image);
      case RAW_SOCKET -> new RawSocketClient(endpoint);
      default -> throw new IllegalArgumentException("unknown client " + name + "; known: " + ALL);
    };
    check(name, client);
    if (image) {
      String sha = Digests.hex(client.imageSha256());
      if (!endpoint.imageSha256.equals(sha)) {
        throw new IllegalStateException(name + ": the image's SHA-256 is " + sha + ", expected "
            + endpoint.imageSha256);
      }
    }
    return client;
  }

  private static void check(String name, BenchClient client) throws Exception {
    String question = client.questionOf(client.getFaq());
    if (!Seed.QUESTION.equals(question)) {
      throw new IllegalStateException(name + ": expected the question " + Seed.QUESTION + ", got " + question);
    }
  }
}
