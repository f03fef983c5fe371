package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static io.github.helpdeskfaq.testkit.ContractData.UNKNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.ScriptedSharedQuota.Answer;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the adapter reports to its listener, in order, for each kind of call. */
class ListenerTest {

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;
  private final RecordingListener listener = new RecordingListener();

  @Test
  void reports_the_token_refresh_each_permit_each_request_and_the_call() {
    FeishuHelpdesk repository = loopback.withAppCredentials().listener(listener).build();

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    assertThat(repository.findById(UNKNOWN_FAQ_ID)).isEmpty();
    assertThat(repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")).contains("read");

    assertThat(listener.reports()).containsExactly(
        "permit LOCAL GRANTED", "request ACCESS_TOKEN SUCCESS", "token ISSUED",
        "permit LOCAL GRANTED", "request FAQ SUCCESS", "call FAQ SUCCESS",
        "permit LOCAL GRANTED", "request FAQ NOT_FOUND", "call FAQ NOT_FOUND",
        "permit LOCAL GRANTED", "request FAQ_IMAGE SUCCESS", "call FAQ_IMAGE SUCCESS");
  }

  @Test
  void reports_a_429_and_the_retry_after_its_reset() {
    FeishuHelpdesk repository = loopback.withTokenSource().listener(listener).build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(2));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(listener.reports()).containsExactly(
        "permit LOCAL GRANTED", "request FAQ RATE_LIMITED", "retry FAQ after RATE_LIMITED in 2000 ms",
        "permit LOCAL GRANTED", "request FAQ SUCCESS", "call FAQ SUCCESS");
  }

  @Test
  void reports_a_call_refused_locally_without_a_request() {
    FeishuHelpdesk repository = loopback.withTokenSource().listener(listener).rateLimit(1, Duration.ofHours(1))
        .maxWaitForPermit(Duration.ZERO).build();
    repository.findById(KNOWN_FAQ_ID);

    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));

    assertThat(listener.reports()).endsWith("permit LOCAL REFUSED", "call FAQ REFUSED_LOCALLY");
  }

  @Test
  void reports_the_shared_permits_and_the_fallback_to_the_local_limit() {
    ScriptedSharedQuota quota = new ScriptedSharedQuota();
    FeishuHelpdesk repository = loopback.withTokenSource().listener(listener).sharedQuota(quota).build();

    repository.findById(KNOWN_FAQ_ID);
    quota.answer(Answer.UNAVAILABLE);
    repository.findById(KNOWN_FAQ_ID);
    quota.answer(Answer.REFUSE);
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));

    assertThat(listener.reports()).containsExactly(
        "permit LOCAL GRANTED", "permit SHARED GRANTED", "request FAQ SUCCESS", "call FAQ SUCCESS",
        "permit LOCAL GRANTED", "shared quota SHARED -> LOCAL_FALLBACK", "permit SHARED UNAVAILABLE",
        "request FAQ SUCCESS", "call FAQ SUCCESS",
        "permit LOCAL GRANTED", "shared quota LOCAL_FALLBACK -> SHARED", "permit SHARED REFUSED",
        "call FAQ REFUSED_LOCALLY");
  }

  @Test
  void reports_the_breaker_opening() {
    FeishuHelpdesk repository = loopback.withTokenSource().listener(listener).circuitBreakerWindow(2, 2)
        .retryMaxAttempts(1).build();
    feishu.failNextHelpdeskCalls(2, FeishuResponses::serverError);

    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));
    catchThrowable(() -> repository.findById(KNOWN_FAQ_ID));

    assertThat(listener.reports()).containsSubsequence("request FAQ SERVER_FAILURE", "call FAQ SERVER_FAILURE",
        "request FAQ SERVER_FAILURE", "circuit CLOSED -> OPEN", "call FAQ SERVER_FAILURE", "call FAQ REFUSED_LOCALLY");
  }

  @Test
  void reports_a_failed_token_refresh_and_the_call_it_denied() {
    FeishuHelpdesk repository = loopback.withAppCredentials().appCredentials(
        LoopbackFeishu.CREDENTIALS.appId(), "not-the-secret").listener(listener).build();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
        .isInstanceOf(FaqAccessDeniedException.class);

    assertThat(listener.reports()).containsExactly(
        "permit LOCAL GRANTED", "request ACCESS_TOKEN FAILED", "token FAILED", "call FAQ DENIED");
  }

  @Test
  void reports_each_catalog_call_under_its_own_endpoint() {
    FeishuHelpdesk helpdesk = loopback.withTokenSource().listener(listener).build();

    helpdesk.listPage(FaqFilter.all(), PageRequest.first());
    helpdesk.searchPage(SearchQuery.of("wifi"), PageRequest.first());
    helpdesk.categoryTree();
    helpdesk.findCategory(CategoryId.of("7100000000000000404"));

    assertThat(listener.reports()).filteredOn(report -> report.startsWith("call ")).containsExactly(
        "call FAQ_LIST SUCCESS", "call FAQ_SEARCH SUCCESS", "call CATEGORIES SUCCESS", "call CATEGORY NOT_FOUND");
  }
}
