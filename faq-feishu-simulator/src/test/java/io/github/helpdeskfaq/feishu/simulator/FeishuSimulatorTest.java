package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.CatalogCall;
import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryOrder;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the simulator answers: the fake's content in the wire format, the platform's checks, and scripted answers. */
class FeishuSimulatorTest {

  private static final String FAQS = "open-apis/helpdesk/v1/faqs";
  private static final Category NETWORK = new Category(Optional.of(CategoryId.of("7100")), Optional.of("7100"),
      Optional.of("Network"), Optional.of(CategoryId.of("0")), Optional.empty(), Optional.of("zh_cn"));
  private static final Category WIFI = new Category(Optional.of(CategoryId.of("7110")), Optional.empty(),
      Optional.of("无线网络"), Optional.of(CategoryId.of("7100")), Optional.empty(), Optional.empty());

  private final FeishuSimulator feishu = FeishuSimulator.start(FakeHelpdesk.builder()
      .faq(faq("01", "How do I connect to the wifi?"))
      .faq(faq("02", "如何连接无线网络？").toBuilder().categories(List.of(WIFI)).build())
      .faq(faq("03", "Where is the printer?"), FaqStatus.DELETED)
      .category(NETWORK).category(WIFI)
      .image(FaqId.of("01"), ImageKey.of("img_1"), "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
      .build());
  private final Http http = new Http(feishu);

  @AfterEach
  void close() {
    feishu.close();
  }

  @Test
  void serves_a_faq_of_the_fake_in_the_faq_detail_envelope() {
    HttpResponse<byte[]> answer = http.get(FAQS + "/01");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"code\":0,\"msg\":\"success\","
        + "\"data\":{\"faq\":{\"faq_id\":\"01\",\"question\":\"How do I connect to the wifi?\",\"answer\":\"Yes.\","
        + "\"answer_richtext\":[{\"type\":\"text\",\"content\":\"Yes.\"}],\"update_time\":1700000000,"
        + "\"categories\":[],\"tags\":[\"faq 01\"]}}}");
    assertThat(feishu.helpdesk().calls()).hasSize(1);
  }

  @Test
  void answers_154004_for_what_the_fake_does_not_hold() {
    assertThat(http.get(FAQS + "/99").statusCode()).isEqualTo(404);
    assertThat(http.text(FAQS + "/01/image/img_2")).isEqualTo("{\"code\":154004,\"msg\":\"Resource not found\"}");
    assertThat(http.get("open-apis/helpdesk/v1/categories/7999").statusCode()).isEqualTo(404);
  }

  @Test
  void lists_the_fakes_pages_of_twenty_by_default_with_its_cursor_and_total() {
    FakeHelpdesk many = FakeHelpdesk.builder().build();
    for (int i = 0; i < 25; i++) {
      many.put(faq(String.format("7%02d", i), "q" + i));
    }
    feishu.serve(many);

    String first = http.text(FAQS);
    String token = first.replaceFirst(".*\"page_token\":\"([^\"]+)\".*", "$1");
    String second = http.text(FAQS + "?page_token=" + token);

    assertThat(first).startsWith("{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":true,\"page_token\":\"")
        .contains(",\"page_size\":20,\"total\":25,\"items\":[{\"faq_id\":\"700\"");
    assertThat(second).startsWith("{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":false,\"page_size\":5,"
        + "\"total\":25,\"items\":[{\"faq_id\":\"720\"");
    assertThat(many.catalogCalls()).containsExactly(
        new CatalogCall.ListPage(FaqFilter.all(), PageRequest.first(20), 1),
        new CatalogCall.ListPage(FaqFilter.all(), PageRequest.after(PageCursor.of(token),
            20), 2));
    assertThat(feishu.pageRequests()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page_size=0", "page_size=101", "page_size=ten", "page_token=not-the-fakes"})
  void refuses_a_page_size_out_of_range_and_a_cursor_the_fake_did_not_make_with_154000(String query) {
    HttpResponse<byte[]> answer = http.get(FAQS + "?" + query);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":154000,");
  }

  @ParameterizedTest
  @CsvSource({"1, '01,02'", "0, 03", "2, ''"})
  void filters_by_the_platforms_status_codes(String code, String ids) {
    assertThat(itemIds(http.text(FAQS + "?status=" + code))).isEqualTo(ids);
  }

  @Test
  void refuses_a_status_the_platform_does_not_have() {
    assertThat(http.get(FAQS + "?status=3").statusCode()).isEqualTo(400);
  }

  @Test
  void filters_by_category_and_text_as_the_fake_does() {
    assertThat(itemIds(http.text(FAQS + "?category_id=7110"))).isEqualTo("02");
    assertThat(itemIds(http.text(FAQS + "?search=WIFI"))).isEqualTo("01");
    assertThat(itemIds(http.text(FAQS + "?search=%20"))).as("a blank filter is none").isEqualTo("01,02,03");
  }

  @Test
  void searches_online_faqs_for_a_base64_query_without_a_total() {
    String base64 = Base64.getEncoder().encodeToString("无线网络".getBytes(StandardCharsets.UTF_8));

    String found = http.text(FAQS + "/search?base64=true&query="
        + URLEncoder.encode(base64, StandardCharsets.UTF_8));

    assertThat(itemIds(found)).isEqualTo("02");
    assertThat(found).doesNotContain("\"total\"");
    assertThat(itemIds(http.text(FAQS + "/search?query=printer"))).as("deleted: not found").isEmpty();
    assertThat(http.get(FAQS + "/search").statusCode()).isEqualTo(400);
    assertThat(http.get(FAQS + "/search?base64=true&query=%25%25").statusCode()).isEqualTo(400);
  }

  @Test
  void serves_the_category_tree_nested_and_one_category_flat() {
    assertThat(http.text("open-apis/helpdesk/v1/categories")).isEqualTo("{\"code\":0,\"msg\":\"success\","
        + "\"data\":{\"categories\":[{\"category_id\":\"7100\",\"id\":\"7100\",\"name\":\"Network\","
        + "\"parent_id\":\"0\",\"language\":\"zh_cn\",\"children\":[{\"category_id\":\"7110\","
        + "\"name\":\"无线网络\","
        + "\"parent_id\":\"7100\",\"children\":[]}]}]}}");
    assertThat(http.text("open-apis/helpdesk/v1/categories/7100")).isEqualTo("{\"code\":0,\"msg\":\"success\","
        + "\"data\":{\"category_id\":\"7100\",\"id\":\"7100\",\"name\":\"Network\",\"language\":\"zh_cn\"}}");
  }

  @Test
  void passes_the_category_trees_language_and_order_to_the_fake() {
    String english = http.text("open-apis/helpdesk/v1/categories?lang=en_us");
    String chinese = http.text("open-apis/helpdesk/v1/categories?lang=zh_cn&order_by=1&asc=false");

    assertThat(english).isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":{\"categories\":[]}}");
    assertThat(chinese).contains("\"category_id\":\"7100\"").doesNotContain("7110");
    assertThat(feishu.helpdesk().catalogCalls()).filteredOn(CatalogCall.CategoryTree.class::isInstance)
        .containsExactly(new CatalogCall.CategoryTree(CategoryQuery.defaults().inLanguage("en_us")),
            new CatalogCall.CategoryTree(CategoryQuery.defaults().inLanguage("zh_cn")
                .orderedBy(CategoryOrder.descending(CategoryOrder.Key.UPDATE_TIME))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lang=en%0Aus", "order_by=2", "order_by=1&asc=yes"})
  void refuses_category_parameters_the_platform_would_refuse_with_154000(String query) {
    HttpResponse<byte[]> answer = http.get("open-apis/helpdesk/v1/categories?" + query);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":154000,");
  }

  @Test
  void streams_an_image_of_the_fake_with_its_content_type_and_length() {
    HttpResponse<byte[]> image = http.get(FAQS + "/01/image/img_1");

    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.headers().firstValueAsLong("Content-Length")).hasValue(4);
    assertThat(image.body()).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void answers_a_failure_injected_into_the_fake_as_feishu_answers_that_failure() {
    feishu.helpdesk().failNextCalls(1, () -> new FaqServiceUnavailableException("busy", null,
        Duration.ofMillis(1500), 1, null));
    feishu.helpdesk().failNextCalls(1, () -> new FaqAccessDeniedException("no", null, null));
    feishu.helpdesk().failCallsFor(FaqId.of("02"), () -> new FaqServiceUnavailableException("down", null, null, 1,
        null));

    HttpResponse<byte[]> throttled = http.get(FAQS + "/01");
    HttpResponse<byte[]> denied = http.get(FAQS);
    HttpResponse<byte[]> down = http.get(FAQS + "/02/image/img_1");

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("x-ogw-ratelimit-reset")).contains("2");
    assertThat(new String(throttled.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":99991400,");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(new String(denied.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":154003,");
    assertThat(down.statusCode()).isEqualTo(500);
    assertThat(new String(down.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":155000,");
  }

  @Test
  void answers_a_scripted_faq_image_or_page_instead_of_the_content() {
    feishu.faq("01", "{\"code\":0,\"data\":{\"faq\":{\"faq_id\":\"01\",\"question\":\"scripted\"}}}")
        .image("01", "img_1", "image/gif", new byte[] {'G'})
        .answerPages(request -> FeishuResponses.json(200, "{\"code\":0,\"data\":{\"items\":[]},\"page\":\""
            + request.queryParameter("page_token") + "\"}"));

    assertThat(http.text(FAQS + "/01")).contains("scripted");
    assertThat(http.get(FAQS + "/01/image/img_1").headers().firstValue("Content-Type")).contains("image/gif");
    assertThat(http.text(FAQS + "?page_token=t1")).endsWith("\"page\":\"t1\"}");
    assertThat(feishu.pageRequests()).isEqualTo(1);
    assertThat(feishu.helpdesk().calls()).as("the fake was not asked").isEmpty();
  }

  @Test
  void fails_helpdesk_calls_as_scripted_until_healed() {
    feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, () -> FeishuResponses.rateLimited(3));

    HttpResponse<byte[]> limited = http.get(FAQS + "/01");
    HttpResponse<byte[]> again = http.get(FAQS + "/01");
    feishu.healHelpdeskCalls();

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("x-ogw-ratelimit-reset")).contains("3");
    assertThat(limited.headers().firstValue("x-ogw-ratelimit-limit")).contains("50");
    assertThat(again.statusCode()).isEqualTo(429);
    assertThat(http.get(FAQS + "/01").statusCode()).isEqualTo(200);
  }

  @Test
  void answers_the_platforms_failures_as_the_platform_does() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(null));
    HttpResponse<byte[]> limited = http.get(FAQS + "/01");
    feishu.failNextHelpdeskCalls(1, FeishuResponses::gatewayPage);
    HttpResponse<byte[]> gateway = http.get(FAQS + "/01");
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.slow("{\"code\":0}", Duration.ZERO));
    String slow = http.text(FAQS + "/01");
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.droppedMidBody("{\"code\":0,\"data\":{}}"));

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("x-ogw-ratelimit-reset")).isEmpty();
    assertThat(gateway.statusCode()).isEqualTo(502);
    assertThat(gateway.headers().firstValue("Content-Type")).contains("text/html");
    assertThat(new String(gateway.body(), StandardCharsets.UTF_8)).contains("502 Bad Gateway");
    assertThat(slow).isEqualTo("{\"code\":0}");
    assertThatThrownBy(() -> http.get(FAQS + "/01")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void serves_another_fake_from_then_on() {
    assertThat(feishu.serve(FakeHelpdesk.builder().faq(faq("09", "Another?")).build())).isSameAs(feishu);

    assertThat(http.text(FAQS + "/09")).contains("Another?");
    assertThat(http.get(FAQS + "/01").statusCode()).isEqualTo(404);
  }

  @Test
  void refuses_an_unknown_token_and_wrong_helpdesk_credentials() {
    HttpResponse<byte[]> noToken = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + FAQS + "/01"))
        .header("X-Lark-Helpdesk-Authorization", feishu.credentials().helpdeskAuthorization()).build());
    HttpResponse<byte[]> wrongHelpdesk = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + FAQS
        + "/01")).header("Authorization", "Bearer " + feishu.grantToken())
        .header("X-Lark-Helpdesk-Authorization", "bm90OnRoaXM=").build());

    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(new String(noToken.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":99991663,");
    assertThat(new String(wrongHelpdesk.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":154001,");
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    assertThat(feishu.helpdesk().calls()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"app_id\":\"cli_simulated_app\",\"app_secret\":\"app-secret-never-to-be-seen\"} | 200 | "
          + "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-simulated-1\",\"expire\":7200}",
      "{\"app_id\":\"cli_simulated_app\",\"app_secret\":\"wrong\"} | 400 "
          + "| {\"code\":10014,\"msg\":\"app secret invalid\"}",
      "not json | 400 | {\"code\":10003,\"msg\":\"invalid param\"}"})
  void issues_tenant_tokens_to_the_app_credentials_only(String body, int status, String answer) {
    HttpResponse<byte[]> token = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl()
        + FeishuSimulator.TOKEN_PATH.substring(1))).POST(HttpRequest.BodyPublishers.ofString(body)).build());

    assertThat(token.statusCode()).isEqualTo(status);
    assertThat(new String(token.body(), StandardCharsets.UTF_8)).isEqualTo(answer);
    assertThat(feishu.tokenRequests()).isEqualTo(1);
  }

  @Test
  void answers_other_paths_and_methods_with_the_gateways_404() {
    HttpResponse<byte[]> put = Http.send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + FAQS))
        .PUT(HttpRequest.BodyPublishers.noBody()).build());

    assertThat(put.statusCode()).isEqualTo(404);
    assertThat(http.text("open-apis/im/v1/messages")).isEqualTo("{\"code\":404,\"msg\":\"404 page not found\"}");
    assertThat(feishu.helpdeskRequests()).isZero();
    assertThat(feishu.requestCount()).isEqualTo(2);
  }

  private static Faq faq(String id, String question) {
    return Faq.builder(FaqId.of(id)).question(question).answer("Yes.")
        .answerRichText(List.of(new RichTextElement.Text("Yes.")))
        .updateTime(Instant.ofEpochSecond(1_700_000_000L)).tags(List.of("faq " + id)).build();
  }

  /** The ids of a page's items, comma-separated, in order. */
  private static String itemIds(String page) {
    StringBuilder ids = new StringBuilder();
    Matcher id = Pattern.compile("\\{\"faq_id\":\"([^\"]+)\"").matcher(page);
    while (id.find()) {
      ids.append(ids.length() == 0 ? "" : ",").append(id.group(1));
    }
    return ids.toString();
  }
}
