package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tenant tokens a caller fetches or is handed, as helpdesk calls see them: issued, refused, revoked, failed. */
class SimulatedTenantTokensTest {

  private static final String FAQ = "open-apis/helpdesk/v1/faqs/01";
  private static final String APP_CREDENTIALS =
      "{\"app_id\":\"cli_simulated_app\",\"app_secret\":\"app-secret-never-to-be-seen\"}";

  private final FeishuSimulator feishu = FeishuSimulator.start(FakeHelpdesk.builder()
      .faq(Faq.builder(FaqId.of("01")).question("Q?").build()).build());

  @AfterEach
  void close() {
    feishu.close();
  }

  @Test
  void issues_numbered_tokens_that_expire_as_set_and_helpdesk_calls_accept() {
    feishu.expireTokensAfter(60);

    assertThat(text(requestToken())).isEqualTo("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-simulated-1\","
        + "\"expire\":60}");
    assertThat(call("t-simulated-1").statusCode()).isEqualTo(200);
    assertThat(feishu.tokensIssued()).isEqualTo(1);
    assertThat(feishu.tokensSeen()).containsExactly("t-simulated-1");
  }

  @Test
  void a_token_fetched_elsewhere_works_until_the_tokens_are_revoked() {
    assertThat(feishu.acceptToken("t-fetched-elsewhere")).isEqualTo("t-fetched-elsewhere");
    assertThat(call("t-fetched-elsewhere").statusCode()).isEqualTo(200);

    feishu.revokeTokens();
    HttpResponse<byte[]> revoked = call("t-fetched-elsewhere");

    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(text(revoked)).startsWith("{\"code\":99991663,");
    assertThat(feishu.tokenRequests()).as("no token was requested").isZero();
  }

  @Test
  void refuses_the_tokens_of_the_next_calls_with_the_code_given_then_accepts_them_again() {
    String token = feishu.grantToken();
    feishu.refuseNextTokens(2, 99991677);

    assertThat(text(call(token))).startsWith("{\"code\":99991677,");
    assertThat(text(call(token))).startsWith("{\"code\":99991677,");
    assertThat(call(token).statusCode()).isEqualTo(200);
  }

  @Test
  void a_failed_token_request_gets_the_failure_and_the_next_one_a_token() {
    feishu.failNextTokenRequests(1, FeishuResponses::serverError);

    HttpResponse<byte[]> failed = requestToken();
    HttpResponse<byte[]> next = requestToken();

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(text(failed)).startsWith("{\"code\":155000,");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(feishu.tokenRequests()).isEqualTo(2);
    assertThat(feishu.tokensIssued()).isEqualTo(1);
  }

  @Test
  void refuses_a_negative_delay_of_token_answers() {
    assertThatIllegalArgumentException().isThrownBy(() -> feishu.delayTokenAnswers(Duration.ofMillis(-1)))
        .withMessageContaining("delay must not be negative");
    feishu.delayTokenAnswers(Duration.ZERO);

    assertThat(requestToken().statusCode()).isEqualTo(200);
  }

  @Test
  void the_helpdesk_header_is_the_base64_of_the_helpdesk_id_and_token_as_feishu_documents_it() {
    Credentials credentials = feishu.credentials();

    assertThat(credentials.helpdeskAuthorization()).isEqualTo(Base64.getEncoder().encodeToString(
        (credentials.helpdeskId() + ":" + credentials.helpdeskToken()).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void says_where_it_listens_and_masks_the_secrets() {
    assertThat(feishu.toString()).startsWith("FeishuSimulator[" + feishu.baseUrl() + ", Credentials[appId=")
        .contains(feishu.credentials().appId(), feishu.credentials().helpdeskId())
        .doesNotContain(feishu.credentials().appSecret(), feishu.credentials().helpdeskToken());
  }

  private HttpResponse<byte[]> requestToken() {
    return Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + FeishuSimulator.TOKEN_PATH.substring(1)))
        .POST(HttpRequest.BodyPublishers.ofString(APP_CREDENTIALS)).build());
  }

  private HttpResponse<byte[]> call(String token) {
    return Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + FAQ))
        .header("Authorization", "Bearer " + token)
        .header("X-Lark-Helpdesk-Authorization", feishu.credentials().helpdeskAuthorization()).GET().build());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
