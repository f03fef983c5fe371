package io.github.helpdeskfaq.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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

  private static final String SHADED = "io/github/helpdeskfaq/adapter/feishu/";

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
    FaqRepository faqs = FeishuFaqRepository.builder()
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

  @Test
  void every_class_in_the_adapters_jar_lives_in_the_adapters_package() throws IOException, URISyntaxException {
    URL location = FeishuFaqRepository.class.getProtectionDomain().getCodeSource().getLocation();
    try (JarFile jar = new JarFile(Path.of(location.toURI()).toFile())) {
      List<String> foreign = jar.stream().map(JarEntry::getName)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.replaceFirst("^META-INF/versions/\\d+/", ""))
          .filter(name -> !name.startsWith(SHADED))
          .toList();
      assertEquals(List.of(), foreign, "classes of faq-adapter-feishu's jar outside " + SHADED);
    }
  }

  /** OkHttp loads its public suffix list next to its own class: relocated, the resource must have moved with it. */
  @Test
  void the_relocated_okhttp_finds_its_public_suffix_list() throws ReflectiveOperationException {
    Class<?> database = Class.forName(
        "io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.internal.publicsuffix.PublicSuffixDatabase");
    Object instance = database.getMethod("get").invoke(null);
    Object registrable = database.getMethod("getEffectiveTldPlusOne", String.class)
        .invoke(instance, "www.example.co.uk");
    assertEquals("example.co.uk", registrable);
  }
}
