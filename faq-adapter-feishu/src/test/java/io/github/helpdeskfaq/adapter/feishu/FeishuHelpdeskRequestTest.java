package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes over the wire: methods, paths, headers and the token request's body; and what comes back. */
class FeishuHelpdeskRequestTest {

  private static final String CALLERS_TOKEN = "t-callers-own-token";

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void gets_the_faq_from_the_documented_path_with_both_authorization_headers() {
    assertThat(withCallersToken().findById(ContractData.KNOWN_FAQ_ID)).contains(ContractData.knownFaq());

    SimulatedRequest request = feishu.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/open-apis/helpdesk/v1/faqs/6936004780707807231");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + CALLERS_TOKEN);
    assertThat(request.header("X-Lark-Helpdesk-Authorization"))
        .isEqualTo(LoopbackFeishu.HELPDESK_AUTHORIZATION)
        .isEqualTo(LoopbackFeishu.CREDENTIALS.helpdeskAuthorization());
    assertThat(request.bodySize()).isZero();
  }

  @Test
  void gets_the_image_from_the_documented_path_with_both_authorization_headers() {
    feishu.image("12345", "img_b07ffac0-19c1-48a3-afca-599f8ea825fj", "image/png", new byte[] {'p', 'n', 'g'});

    assertThat(withCallersToken().readImage(FaqId.of("12345"), ImageKey.of("img_b07ffac0-19c1-48a3-afca-599f8ea825fj"),
        image -> new String(image.stream().readAllBytes()))).contains("png");

    SimulatedRequest request = feishu.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path())
        .isEqualTo("/open-apis/helpdesk/v1/faqs/12345/image/img_b07ffac0-19c1-48a3-afca-599f8ea825fj");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + CALLERS_TOKEN);
    assertThat(request.header("X-Lark-Helpdesk-Authorization")).isEqualTo(LoopbackFeishu.HELPDESK_AUTHORIZATION);
  }

  @Test
  void a_given_clients_interceptors_see_the_request_with_both_authorization_headers() {
    List<Request> seen = new CopyOnWriteArrayList<>();
    OkHttpClient observing = new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.add(chain.request());
      return chain.proceed(chain.request());
    }).build();

    assertThat(callersToken().httpClient(observing).build().findById(ContractData.KNOWN_FAQ_ID)).isPresent();

    assertThat(seen).singleElement().satisfies(request -> {
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + CALLERS_TOKEN);
      assertThat(request.header("X-Lark-Helpdesk-Authorization")).isEqualTo(LoopbackFeishu.HELPDESK_AUTHORIZATION);
    });
  }

  @Test
  void posts_the_app_credentials_for_a_tenant_token_without_either_authorization_header() throws IOException {
    assertThat(loopback.withAppCredentials().build().findById(ContractData.KNOWN_FAQ_ID)).isPresent();

    SimulatedRequest tokenRequest = feishu.takeRequest();
    assertThat(tokenRequest.method()).isEqualTo("POST");
    assertThat(tokenRequest.path()).isEqualTo("/open-apis/auth/v3/tenant_access_token/internal");
    assertThat(tokenRequest.header("Content-Type")).isEqualToIgnoringCase("application/json; charset=UTF-8");
    assertThat(tokenRequest.header("Authorization")).isNull();
    assertThat(tokenRequest.header("X-Lark-Helpdesk-Authorization")).isNull();
    assertThat(jsonObject(tokenRequest.bodyText())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "app_id", LoopbackFeishu.CREDENTIALS.appId(), "app_secret", LoopbackFeishu.CREDENTIALS.appSecret()));
    assertThat(feishu.takeRequest().header("Authorization")).isEqualTo("Bearer t-simulated-1");
  }

  @Test
  void puts_ids_and_keys_into_the_path_as_single_segments() {
    FeishuHelpdesk repository = withCallersToken();

    assertThat(repository.findById(FaqId.of("A.b-c_9..x"))).isEmpty();
    assertThat(repository.readImage(FaqId.of("..."), ImageKey.of("img.x-y_Z"), image -> "read")).isEmpty();

    assertThat(feishu.takeRequest().pathSegments())
        .containsExactly("open-apis", "helpdesk", "v1", "faqs", "A.b-c_9..x");
    assertThat(feishu.takeRequest().pathSegments())
        .containsExactly("open-apis", "helpdesk", "v1", "faqs", "...", "image", "img.x-y_Z");
  }

  @Test
  void keeps_a_path_prefix_of_the_base_url() {
    FeishuHelpdesk repository = callersToken().baseUrl(feishu.baseUrl() + "proxy/feishu").build();

    catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)); // the simulator serves no prefix

    assertThat(feishu.takeRequest().path()).isEqualTo("/proxy/feishu/open-apis/helpdesk/v1/faqs/6936004780707807231");
  }

  @Test
  void returns_a_faq_whatever_ids_the_server_sends_for_its_user_and_category() {
    feishu.faq("42", "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"42\",\"helpdesk_id\":\"desk\\u0007\","
        + "\"create_user\":{\"id\":\"ou_\\u0000\\r\\nX-Evil: 1\",\"name\":\"Ann\"},"
        + "\"categories\":[{\"category_id\":\"\\u202e0\",\"name\":\"odd\"}]}}}");

    Faq faq = withCallersToken().findById(FaqId.of("42")).orElseThrow();

    assertThat(faq.createUser()).map(TicketUser::id).contains(java.util.Optional.of(UserId.of("ou_\u0000\r\nX-Evil: 1")));
    assertThat(faq.categories()).singleElement().satisfies(category ->
        assertThat(category.id()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("\u202e0")));
    assertThat(faq.helpdeskId()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("desk\u0007"));
  }

  @Test
  void refuses_null_ids_keys_and_readers_itself_without_a_request() {
    FeishuHelpdesk repository = withCallersToken();

    assertThat(catchThrowable(() -> repository.findById(null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThat(catchThrowable(() -> repository.readImage(null, ContractData.IMAGE_KEY, image -> "read")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("faqId");
    assertThat(catchThrowable(() -> repository.readImage(ContractData.KNOWN_FAQ_ID, null, image -> "read")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("imageKey");
    assertThat(catchThrowable(() -> repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
    assertThat(feishu.requestCount()).as("requests the server saw").isZero();
    assertThat(repository.health().availablePermits()).as("no permit taken").isEqualTo(25);
  }

  @Test
  void points_at_feishu_by_default_and_knows_lark() {
    assertThat(FeishuHelpdesk.FEISHU_BASE_URL).isEqualTo("https://open.feishu.cn");
    assertThat(FeishuHelpdesk.LARK_BASE_URL).isEqualTo("https://open.larksuite.com");
    assertThat(FeishuHelpdesk.builder().toString()).contains("baseUrl=https://open.feishu.cn/");
    assertThat(FeishuHelpdesk.builder().baseUrl(FeishuHelpdesk.LARK_BASE_URL)
        .tenantAccessTokenSource(() -> CALLERS_TOKEN).helpdeskCredentials("1", "secret").build().toString())
        .contains("baseUrl=https://open.larksuite.com/");
  }

  private FeishuHelpdesk withCallersToken() {
    return callersToken().build();
  }

  private FeishuHelpdesk.Builder callersToken() {
    return loopback.withTokenSource(() -> feishu.acceptToken(CALLERS_TOKEN));
  }

  private static Map<String, Object> jsonObject(String body) throws IOException {
    return new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(body);
  }
}
