package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FloorClient;
import io.github.helpdeskfaq.adapter.feishu.RetrofitClient;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.OkHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The clients by name, as the benchmarks' {@code client} parameter and the table know them. */
final class Clients {

  static final String ADAPTER = "adapter";
  static final String FLOOR = "floor";
  static final String RETROFIT = "retrofit";
  static final String OFFICIAL_SDK = "officialSdk";
  static final String FAKE = "fake";
  static final String RAW_SOCKET = "rawSocket";

  /** In the order of the table. */
  static final List<String> ALL = List.of(ADAPTER, FLOOR, RETROFIT, OFFICIAL_SDK, FAKE, RAW_SOCKET);
  /** Those with a download of their own: {@link #RETROFIT} downloads with the floor's code. */
  static final List<String> IMAGE = List.of(ADAPTER, FLOOR, OFFICIAL_SDK, FAKE, RAW_SOCKET);
  /** Those that take an OkHttp client, and so run on {@link InMemoryFeishu} too. */
  static final List<String> IN_MEMORY = List.of(ADAPTER, FLOOR, RETROFIT, OFFICIAL_SDK);

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
      case FLOOR -> floor(endpoint);
      case RETROFIT -> new RetrofitClient(floor(endpoint), BenchServer.HELPDESK_AUTHORIZATION, Seed.FAQ_ID);
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

  /**
   * Creates a client that gets the FAQ from {@link InMemoryFeishu}, without a network, and checks it.
   *
   * @param name one of {@link #IN_MEMORY}
   * @return the checked client
   */
  static BenchClient inMemory(String name) throws Exception {
    BenchClient client = switch (name) {
      case ADAPTER -> new AdapterClient(InMemoryFeishu.BASE_URL, InMemoryFeishu.client());
      case FLOOR -> floor(InMemoryFeishu.client(), InMemoryFeishu.BASE_URL);
      case RETROFIT -> new RetrofitClient(floor(InMemoryFeishu.client(), InMemoryFeishu.BASE_URL),
          BenchServer.HELPDESK_AUTHORIZATION, Seed.FAQ_ID);
      case OFFICIAL_SDK -> new OfficialSdkClient(InMemoryFeishu.BASE_URL, InMemoryFeishu.officialSdkClient());
      default -> throw new IllegalArgumentException("no in-memory client " + name + "; known: " + IN_MEMORY);
    };
    check(name, client);
    return client;
  }

  private static void check(String name, BenchClient client) throws Exception {
    String question = client.questionOf(client.getFaq());
    if (!Seed.QUESTION.equals(question)) {
      throw new IllegalStateException(name + ": expected the question " + Seed.QUESTION + ", got " + question);
    }
  }

  private static FloorClient floor(Endpoint endpoint) {
    return floor(new OkHttpClient(), endpoint.baseUrl);
  }

  private static FloorClient floor(OkHttpClient http, String baseUrl) {
    try {
      return new FloorClient(http, baseUrl, Seed.APP_ID, Seed.APP_SECRET, BenchServer.HELPDESK_AUTHORIZATION,
          Seed.FAQ_ID, Seed.IMAGE_KEY_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
