package io.github.helpdeskfaq.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.io.IOException;
import java.util.Map;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/**
 * The application's own OkHttp 4, Retrofit 2.11 and Moshi 1.15 work beside faq-adapter-feishu, and the adapter works
 * beside them: each uses its own stack.
 */
class ApplicationWithOkHttp4Test {

  private static LoopbackServer server;

  /** The application's own endpoint, declared with its own Retrofit. */
  interface Greetings {
    @GET("app/greeting")
    Call<ResponseBody> greeting();
  }

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_applications_own_okhttp_4_retrofit_and_moshi_make_a_call() throws IOException {
    assertTrue(OkHttp.VERSION.startsWith("4."), "the application's OkHttp 4, as its BOM manages it: " + OkHttp.VERSION);
    OkHttpClient client = new OkHttpClient();
    Greetings greetings = new Retrofit.Builder().baseUrl(server.url()).client(client).build().create(Greetings.class);
    try (ResponseBody body = greetings.greeting().execute().body()) {
      Map<?, ?> json = new Moshi.Builder().build().adapter(Map.class).fromJson(body.source());
      assertEquals(Map.of("greeting", "hello"), json);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Test
  void the_adapter_reads_a_faq_and_its_image_from_the_same_class_path() {
    FaqRepository faqs = FeishuHelpdesk.builder()
        .baseUrl(server.url())
        .appCredentials(LoopbackServer.APP_ID, LoopbackServer.APP_SECRET)
        .helpdeskCredentials(LoopbackServer.HELPDESK_ID, LoopbackServer.HELPDESK_TOKEN)
        .build();
    FaqId id = FaqId.of(LoopbackServer.FAQ_ID);

    Faq faq = faqs.findById(id).orElseThrow();
    byte[] image = faqs.readImage(id, ImageKey.of(LoopbackServer.IMAGE_KEY), read -> read.stream().readAllBytes())
        .orElseThrow();

    assertEquals(LoopbackServer.QUESTION, faq.question().orElseThrow());
    assertArrayEquals(LoopbackServer.IMAGE, image);
  }
}
