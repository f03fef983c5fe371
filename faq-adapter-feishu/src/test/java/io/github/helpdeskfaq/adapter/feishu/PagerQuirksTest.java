package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each quirk of Feishu's paging that a robust pager must survive (the API facts' list), through the adapter against
 * pages the simulated Feishu is scripted to send. Each test fails if its quirk is not handled: it would loop, stop
 * early, fail, or report a FAQ twice.
 */
class PagerQuirksTest {

  private static final int PAGE_BUDGET = 10;

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void has_more_missing_means_no_more_pages() {
    pages(Map.of("", "{\"page_token\":\"t1\",\"items\":[" + faq(1) + "]}",
        "t1", "{\"has_more\":false,\"items\":[" + faq(2) + "]}"));

    assertThat(listed()).containsExactly("1");
    assertThat(feishu.pageRequests()).as("a missing has_more must not be read as true").isEqualTo(1);
  }

  @Test
  void items_missing_or_null_are_an_empty_page() {
    pages(Map.of("", "{\"has_more\":true,\"page_token\":\"t1\"}",
        "t1", "{\"has_more\":true,\"page_token\":\"t2\",\"items\":null}",
        "t2", "{\"has_more\":false,\"items\":[" + faq(3) + "]}"));

    assertThat(listed()).containsExactly("3");
    assertThat(feishu.pageRequests()).isEqualTo(3);
  }

  @Test
  void no_data_at_all_is_an_empty_last_page() {
    feishu.answerPages(request -> FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\"}"));

    assertThat(listed()).isEmpty();
    assertThat(feishu.pageRequests()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"has_more\":true,\"page_token\":\"\",\"items\":[%s]}",
      "{\"has_more\":true,\"items\":[%s]}", "{\"has_more\":true,\"page_token\":null,\"items\":[%s]}"})
  void has_more_without_a_page_token_stops_with_an_outage_rather_than_loop(String firstPage) {
    pages(Map.of("", String.format(firstPage, faq(1))));

    try (Stream<Faq> faqs = loopback.withTokenSource().build().list(FaqFilter.all())) {
      assertThatThrownBy(faqs::count).isInstanceOf(FaqServiceUnavailableException.class)
          .hasMessageContaining("has_more is true but page_token is");
    }
    assertThat(feishu.pageRequests()).as("no second request with no token: that would start over").isEqualTo(1);
  }

  @Test
  void the_same_page_token_twice_in_a_row_stops_with_an_outage_rather_than_loop() {
    pages(Map.of("", "{\"has_more\":true,\"page_token\":\"t1\",\"items\":[" + faq(1) + "]}",
        "t1", "{\"has_more\":true,\"page_token\":\"t1\",\"items\":[" + faq(2) + "]}"));
    List<String> seen = new ArrayList<>();

    try (Stream<Faq> faqs = loopback.withTokenSource().build().list(FaqFilter.all())) {
      assertThatThrownBy(() -> faqs.forEach(faq -> seen.add(faq.id().value())))
          .isInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("paging is broken");
    }
    assertThat(seen).as("the first page is handed out before the loop shows").containsExactly("1");
    assertThat(feishu.pageRequests()).isEqualTo(2);
  }

  @Test
  void a_faq_repeated_across_pages_is_reported_once() {
    pages(Map.of("", "{\"has_more\":true,\"page_token\":\"t1\",\"items\":[" + faq(1) + "," + faq(2) + "]}",
        "t1", "{\"has_more\":false,\"items\":[" + faq(2) + "," + faq(3) + "]}"));

    assertThat(listed()).containsExactly("1", "2", "3");
  }

  @Test
  void a_short_page_that_is_not_the_last_does_not_end_the_listing() {
    pages(Map.of("", "{\"has_more\":true,\"page_token\":\"t1\",\"page_size\":1,\"items\":[" + faq(1) + "]}",
        "t1", "{\"has_more\":true,\"page_token\":\"t2\",\"page_size\":0,\"items\":[]}",
        "t2", "{\"has_more\":false,\"items\":[" + faq(2) + "]}"));

    assertThat(listed()).containsExactly("1", "2");
    assertThat(feishu.pageRequests()).isEqualTo(3);
  }

  @Test
  void a_search_survives_the_same_quirks() {
    pages(Map.of("", "{\"page_token\":\"t1\",\"items\":null}"));

    try (Stream<Faq> found = loopback.withTokenSource().build().search(SearchQuery.of("wifi"))) {
      assertThat(found).isEmpty();
    }
    assertThat(feishu.pageRequests()).isEqualTo(1);
  }

  /**
   * Answers each page by its {@code page_token} ("" for the first): the {@code data} given, in the envelope. After
   * {@link #PAGE_BUDGET} pages it answers 154000, so that a pager that does not handle a quirk ends with the wrong
   * exception instead of asking forever.
   */
  private void pages(Map<String, String> dataByToken) {
    AtomicInteger served = new AtomicInteger();
    feishu.answerPages(request -> {
      if (served.incrementAndGet() > PAGE_BUDGET) {
        return FeishuResponses.error(400, 154000, "the test's page budget is spent: the pager loops");
      }
      String token = request.queryParameter("page_token");
      String data = dataByToken.get(token == null ? "" : token);
      return data == null ? FeishuResponses.error(400, 154000, "unknown page_token")
          : FeishuResponses.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":" + data + "}");
    });
  }

  private List<String> listed() {
    try (Stream<Faq> faqs = loopback.withTokenSource().build().list(FaqFilter.all())) {
      return faqs.map(faq -> faq.id().value()).collect(Collectors.toList());
    }
  }

  private static String faq(int id) {
    return "{\"faq_id\":\"" + id + "\",\"question\":\"question " + id + "\"}";
  }
}
