package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorWritesTest {

  private static final String FAQS = "open-apis/helpdesk/v1/faqs";
  private static final String CATEGORIES = "open-apis/helpdesk/v1/categories";
  private static final String REDIRECT = "http://127.0.0.1:9/callback";

  private final FeishuSimulator feishu = FeishuSimulator.start(FakeHelpdesk.builder()
      .category(Category.of(CategoryId.of("10"), "IT")).build());
  private final Http reads = new Http(feishu);

  @AfterEach
  void close() {
    feishu.close();
  }

  @Test
  void a_code_is_exchanged_once_and_each_refresh_token_works_once() {
    String code = feishu.authorizationCode(REDIRECT);

    String first = tokenAnswer("{\"grant_type\":\"authorization_code\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"code\":\"" + code + "\",\"redirect_uri\":\""
        + REDIRECT + "\"}");
    String again = tokenAnswer("{\"grant_type\":\"authorization_code\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"code\":\"" + code + "\"}");
    String refreshed = tokenAnswer(refresh(field(first, "refresh_token")));
    String replayed = tokenAnswer(refresh(field(first, "refresh_token")));

    assertThat(first).isEqualTo("{\"code\":0,\"access_token\":\"u-simulated-2\",\"expires_in\":7200,"
        + "\"refresh_token\":\"ur-simulated-2\",\"refresh_token_expires_in\":2592000,"
        + "\"scope\":\"helpdesk:all offline_access\",\"token_type\":\"Bearer\"}");
    assertThat(again).contains("\"error\":\"invalid_grant\"");
    assertThat(field(refreshed, "refresh_token")).isEqualTo("ur-simulated-3");
    assertThat(replayed).isEqualTo("{\"code\":20026,\"error\":\"invalid_grant\",\"error_description\":"
        + "\"the refresh token is unknown, expired, revoked or used\"}");
    assertThat(feishu.userTokenRefreshes()).isEqualTo(1);
    assertThat(feishu.refusedUserTokenRefreshes()).isEqualTo(1);
  }

  @Test
  void refuses_a_wrong_client_an_unknown_grant_and_a_revoked_refresh_token() {
    String first = tokenAnswer("{\"grant_type\":\"authorization_code\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"code\":\"" + feishu.authorizationCode(REDIRECT)
        + "\"}");
    feishu.revokeRefreshTokens();

    assertThat(tokenAnswer(refresh(field(first, "refresh_token")))).contains("\"error\":\"invalid_grant\"");
    assertThat(tokenAnswer("{\"grant_type\":\"refresh_token\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"wrong\"}")).startsWith("{\"code\":20002,\"error\":\"invalid_client\"");
    assertThat(tokenAnswer("{\"grant_type\":\"password\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\"}"))
        .startsWith("{\"code\":20003,\"error\":\"unsupported_grant_type\"");
    assertThat(feishu.refusedUserTokenRefreshes()).isEqualTo(1);
  }

  @Test
  void issues_user_tokens_that_expire_as_set() {
    feishu.expireUserTokensAfter(60);

    assertThat(tokenAnswer("{\"grant_type\":\"authorization_code\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"code\":\"" + feishu.authorizationCode(REDIRECT)
        + "\"}")).contains("\"expires_in\":60,");
  }

  @Test
  void the_authorize_page_refuses_a_request_without_a_redirect() {
    HttpResponse<byte[]> page = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl()
        + "open-apis/authen/v1/authorize?client_id=cli_simulated_app")).GET().build());

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(text(page)).startsWith("{\"code\":20001,");
  }

  @Test
  void refuses_a_write_with_a_token_it_never_issued() {
    HttpResponse<byte[]> unknown = write("POST", FAQS, "u-never-issued", "{\"faq\":{\"question\":\"Q?\"}}");

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(text(unknown)).contains("\"code\":99991668");
  }

  @Test
  void the_authorize_page_consents_and_redirects_with_a_code_and_the_state() {
    HttpResponse<byte[]> page = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl()
        + "open-apis/authen/v1/authorize?client_id=cli_simulated_app&redirect_uri=" + REDIRECT
        + "&scope=helpdesk:all%20offline_access&state=s%261")).GET().build());

    assertThat(page.statusCode()).as(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(302);
    String location = page.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(REDIRECT + "?code=simulated-code-").endsWith("&state=s%261");
  }

  @Test
  void a_faq_is_created_read_back_changed_and_deleted_with_a_user_token() {
    String token = userToken();

    HttpResponse<byte[]> created = write("POST", FAQS, token, "{\"faq\":{\"category_id\":\"10\",\"question\":"
        + "\"Wi-Fi?\",\"answer\":\"Join office.\",\"answer_richtext\":\"[{\\\"type\\\":\\\"text\\\",\\\"content\\\":"
        + "\\\"Join office.\\\"}]\",\"tags\":[\"wifi\"]}}");
    String id = field(text(created), "faq_id");
    HttpResponse<byte[]> patched = write("PATCH", FAQS + "/" + id, token, "{\"faq\":{\"answer\":\"Ask IT.\"}}");
    Faq changed = feishu.helpdesk().findById(io.github.helpdeskfaq.domain.FaqId.of(id)).orElseThrow();
    HttpResponse<byte[]> deleted = write("DELETE", FAQS + "/" + id, token, null);

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(text(created)).startsWith("{\"code\":0,\"msg\":\"success\",\"data\":{\"faq\":{\"faq_id\":\"" + id);
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(text(patched)).isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":{}}");
    assertThat(changed.answer()).contains("Ask IT.");
    assertThat(changed.question()).contains("Wi-Fi?");
    assertThat(changed.answerRichText()).containsExactly(RichTextElement.text("Join office."));
    assertThat(changed.categories()).extracting(Category::id).containsExactly(java.util.Optional.of(
        CategoryId.of("10")));
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(reads.get(FAQS + "/" + id).statusCode()).isEqualTo(404);
    assertThat(write("DELETE", FAQS + "/" + id, token, null).statusCode()).isEqualTo(404);
    assertThat(feishu.writeRequests()).isEqualTo(4);
  }

  @Test
  void categories_are_created_renamed_and_deleted() {
    String token = userToken();

    HttpResponse<byte[]> created = write("POST", CATEGORIES, token,
        "{\"name\":\"Network\",\"parent_id\":\"10\",\"language\":\"en_us\"}");
    String id = field(text(created), "category_id");
    write("PATCH", CATEGORIES + "/" + id, token, "{\"name\":\"Networks\"}");

    assertThat(text(created)).startsWith("{\"code\":0,\"msg\":\"success\",\"data\":{\"category\":{\"category_id\":\""
        + id + "\"").contains("\"name\":\"Network\",\"parent_id\":\"10\"").contains("\"language\":\"en_us\"");
    assertThat(reads.text(CATEGORIES + "/" + id)).contains("\"name\":\"Networks\"");
    assertThat(write("DELETE", CATEGORIES + "/10", token, null).statusCode()).as("10 has a subcategory")
        .isEqualTo(400);
    assertThat(write("DELETE", CATEGORIES + "/" + id, token, null).statusCode()).isEqualTo(200);
  }

  @Test
  void writes_need_a_live_user_token_and_the_documented_body() {
    String user = userToken();
    String body = "{\"faq\":{\"question\":\"Q?\",\"answer\":\"A.\"}}";

    HttpResponse<byte[]> withTenantToken = write("POST", FAQS, feishu.grantToken(), body);
    HttpResponse<byte[]> richTextAsArray = write("POST", FAQS, user, "{\"faq\":{\"question\":\"Q?\","
        + "\"answer_richtext\":[{\"type\":\"text\",\"content\":\"A.\"}]}}");
    HttpResponse<byte[]> noQuestion = write("POST", FAQS, user, "{\"faq\":{\"answer\":\"A.\"}}");
    feishu.expireUserAccessTokens();
    HttpResponse<byte[]> expired = write("POST", FAQS, user, body);

    assertThat(withTenantToken.statusCode()).isEqualTo(403);
    assertThat(text(withTenantToken)).contains("\"code\":99991672");
    assertThat(text(richTextAsArray)).isEqualTo("{\"code\":154000,\"msg\":\"invalid parameter: answer_richtext "
        + "must be a string holding the JSON array\"}");
    assertThat(text(noQuestion)).contains("question is required");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(text(expired)).contains("\"code\":99991677");
    try (Stream<Faq> all = feishu.helpdesk().list(FaqFilter.all())) {
      assertThat(all).isEmpty();
    }
  }

  @Test
  void a_lost_answer_drops_the_connection_after_the_write_happened() {
    String token = userToken();
    feishu.loseNextWriteAnswers(1);

    assertThatThrownBy(() -> write("POST", FAQS, token, "{\"faq\":{\"question\":\"Q?\",\"answer\":\"A.\"}}"))
        .isInstanceOf(UncheckedIOException.class);
    HttpResponse<byte[]> next = write("POST", FAQS, token, "{\"faq\":{\"question\":\"R?\",\"answer\":\"B.\"}}");

    assertThat(next.statusCode()).isEqualTo(200);
    try (Stream<Faq> all = feishu.helpdesk().list(FaqFilter.all())) {
      assertThat(all.map(faq -> faq.question().orElseThrow())).containsExactly("Q?", "R?");
    }
  }

  private String userToken() {
    String code = feishu.authorizationCode(REDIRECT);
    return field(tokenAnswer("{\"grant_type\":\"authorization_code\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"code\":\"" + code + "\"}"), "access_token");
  }

  private static String refresh(String refreshToken) {
    return "{\"grant_type\":\"refresh_token\",\"client_id\":\"cli_simulated_app\","
        + "\"client_secret\":\"app-secret-never-to-be-seen\",\"refresh_token\":\"" + refreshToken + "\"}";
  }

  private String tokenAnswer(String body) {
    return text(Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + "open-apis/authen/v2/oauth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
  }

  private HttpResponse<byte[]> write(String method, String path, String token, String body) {
    return Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + path))
        .header("Authorization", "Bearer " + token)
        .header("X-Lark-Helpdesk-Authorization", feishu.credentials().helpdeskAuthorization())
        .header("Content-Type", "application/json; charset=utf-8")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertThat(value.find()).as("%s in %s", name, json).isTrue();
    return value.group(1);
  }

}
