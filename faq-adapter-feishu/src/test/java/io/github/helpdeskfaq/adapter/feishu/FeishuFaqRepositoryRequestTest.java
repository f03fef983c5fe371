package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire: methods, paths, headers and the token request's body. */
class FeishuFaqRepositoryRequestTest {

  private static final String CALLERS_TOKEN = "t-callers-own-token";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void gets_the_faq_from_the_documented_path_with_both_authorization_headers() throws Exception {
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ)));

    assertThat(withTokenSource().findById(ContractData.KNOWN_FAQ_ID)).contains(ContractData.knownFaq());

    RecordedRequest request = takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/open-apis/helpdesk/v1/faqs/6936004780707807231");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + CALLERS_TOKEN);
    assertThat(request.getHeader("X-Lark-Helpdesk-Authorization"))
        .isEqualTo(FeishuSimulator.HELPDESK_AUTHORIZATION)
        .isEqualTo(FeishuSimulator.base64(FeishuSimulator.HELPDESK_ID + ":" + FeishuSimulator.HELPDESK_TOKEN));
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void gets_the_image_from_the_documented_path_with_both_authorization_headers() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody("png"));

    assertThat(withTokenSource().readImage(FaqId.of("12345"), ImageKey.of("img_b07ffac0-19c1-48a3-afca-599f8ea825fj"),
        image -> new String(image.stream().readAllBytes()))).contains("png");

    RecordedRequest request = takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath())
        .isEqualTo("/open-apis/helpdesk/v1/faqs/12345/image/img_b07ffac0-19c1-48a3-afca-599f8ea825fj");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + CALLERS_TOKEN);
    assertThat(request.getHeader("X-Lark-Helpdesk-Authorization")).isEqualTo(FeishuSimulator.HELPDESK_AUTHORIZATION);
  }

  @Test
  void posts_the_app_credentials_for_a_tenant_token_and_sends_that_token() throws Exception {
    server.enqueue(FeishuSimulator.json(200,
        "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-7f1bcd13fc57d46bac21793a18e560\",\"expire\":7200}"));
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ)));

    assertThat(withAppCredentials().findById(ContractData.KNOWN_FAQ_ID)).isPresent();

    RecordedRequest tokenRequest = takeRequest();
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getPath()).isEqualTo("/open-apis/auth/v3/tenant_access_token/internal");
    assertThat(tokenRequest.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
    assertThat(tokenRequest.getHeader("Authorization")).isNull();
    assertThat(tokenRequest.getHeader("X-Lark-Helpdesk-Authorization")).isNull();
    assertThat(jsonObject(tokenRequest.getBody()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("app_id", FeishuSimulator.APP_ID,
            "app_secret", FeishuSimulator.APP_SECRET));
    RecordedRequest faqRequest = takeRequest();
    assertThat(faqRequest.getHeader("Authorization")).isEqualTo("Bearer t-7f1bcd13fc57d46bac21793a18e560");
  }

  @Test
  void puts_ids_and_keys_into_the_path_as_single_segments() throws Exception {
    server.enqueue(FeishuSimulator.json(404, "{\"code\":154004,\"msg\":\"Resource not found\"}"));
    server.enqueue(FeishuSimulator.json(404, "{\"code\":154004,\"msg\":\"Resource not found\"}"));
    FeishuFaqRepository repository = withTokenSource();

    assertThat(repository.findById(FaqId.of("A.b-c_9..x"))).isEmpty();
    assertThat(repository.readImage(FaqId.of("..."), ImageKey.of("img.x-y_Z"), image -> "read")).isEmpty();

    assertThat(takeRequest().getRequestUrl().pathSegments())
        .containsExactly("open-apis", "helpdesk", "v1", "faqs", "A.b-c_9..x");
    assertThat(takeRequest().getRequestUrl().pathSegments())
        .containsExactly("open-apis", "helpdesk", "v1", "faqs", "...", "image", "img.x-y_Z");
  }

  @Test
  void keeps_a_path_prefix_of_the_base_url() throws Exception {
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ)));
    FeishuFaqRepository repository = FeishuFaqRepository.builder()
        .baseUrl(server.url("/proxy/feishu").toString())
        .tenantAccessTokenSource(() -> CALLERS_TOKEN)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .build();

    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();

    assertThat(takeRequest().getPath()).isEqualTo("/proxy/feishu/open-apis/helpdesk/v1/faqs/6936004780707807231");
  }

  @Test
  void points_at_feishu_by_default_and_knows_lark() {
    assertThat(FeishuFaqRepository.FEISHU_BASE_URL).isEqualTo("https://open.feishu.cn");
    assertThat(FeishuFaqRepository.LARK_BASE_URL).isEqualTo("https://open.larksuite.com");
    assertThat(FeishuFaqRepository.builder().toString()).contains("baseUrl=https://open.feishu.cn/");
    assertThat(FeishuFaqRepository.builder().baseUrl(FeishuFaqRepository.LARK_BASE_URL)
        .tenantAccessTokenSource(() -> CALLERS_TOKEN).helpdeskCredentials("1", "secret").build().toString())
        .contains("baseUrl=https://open.larksuite.com/");
  }

  private FeishuFaqRepository withTokenSource() {
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .tenantAccessTokenSource(() -> CALLERS_TOKEN)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .build();
  }

  private FeishuFaqRepository withAppCredentials() {
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .appCredentials(FeishuSimulator.APP_ID, FeishuSimulator.APP_SECRET)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .build();
  }

  private RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  private static Map<String, Object> jsonObject(Buffer body) throws IOException {
    return new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(body.readUtf8());
  }
}
