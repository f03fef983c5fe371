package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.IMAGE_KEY;
import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.ScriptedSharedQuota.Answer;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter's side of a shared quota, on a quota in memory: a permit for every request after the local one, a hold
 * on 429, the same throttling when it says no, and the local limit alone (logged once) while it cannot answer.
 * Permits are counted; the local limiter is renewed hourly where its count must be exact.
 */
class SharedQuotaTest {

  private static final Duration MAX_WAIT = Duration.ofSeconds(3);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;
  private final ScriptedSharedQuota quota = new ScriptedSharedQuota();

  @Test
  void every_request_takes_a_shared_permit_within_the_longest_wait_the_token_request_and_retries_included() {
    FeishuHelpdesk repository = loopback.withAppCredentials().sharedQuota(quota).maxWaitForPermit(MAX_WAIT)
        .build();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
    assertThat(repository.readImage(KNOWN_FAQ_ID, IMAGE_KEY, image -> "read")).contains("read");

    assertThat(feishu.requestCount()).as("a token request, a failed attempt and its retry, an image").isEqualTo(4);
    assertThat(quota.waitsAsked()).hasSize(4).containsOnly(MAX_WAIT);
    assertThat(repository.health().sharedQuota()).isEqualTo(SharedQuotaState.SHARED);
  }

  @Test
  void asks_the_shared_quota_only_after_a_local_permit() {
    FeishuHelpdesk repository = loopback.withTokenSource().sharedQuota(quota).rateLimit(1, Duration.ofHours(1))
        .maxWaitForPermit(Duration.ZERO).build();
    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID))).hasMessageContaining("throttled client-side");

    assertThat(quota.waitsAsked()).as("the second call got no local permit, so it never asked").hasSize(1);
  }

  @Test
  void a_shared_quota_that_says_no_throttles_the_call_client_side_without_a_request() {
    FeishuHelpdesk repository = loopback.withTokenSource().sharedQuota(quota).build();
    quota.answer(Answer.REFUSE);

    try (LogRecorder log = LogRecorder.everything()) {
      for (int call = 0; call < 3; call++) {
        assertThat(catchThrowable(() -> repository.findById(KNOWN_FAQ_ID)))
            .isExactlyInstanceOf(FaqServiceUnavailableException.class)
            .hasMessageContaining("throttled client-side: no permit from the shared quota")
            .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).attempts()).isZero());
      }
      assertThat(log.adapterWarnings()).singleElement().asString()
          .startsWith("Throttling calls to Feishu client-side").contains("from the shared quota");
    }

    assertThat(feishu.helpdeskRequests()).isZero();
    assertThat(repository.health().throttled()).isTrue();
    assertThat(repository.health().bufferedCalls()).as("the breaker ignores the refusals").isZero();
  }

  @Test
  void a_429_with_a_reset_holds_every_replica_until_the_reset() {
    FeishuHelpdesk repository = loopback.withTokenSource().sharedQuota(quota).build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(7));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(quota.holds()).containsExactly(loopback.clock.instant().plusSeconds(7));
    assertThat(loopback.retryClock.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a_429_without_a_reset_holds_nobody() {
    FeishuHelpdesk repository = loopback.withTokenSource().sharedQuota(quota).build();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(null));

    assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();

    assertThat(quota.holds()).isEmpty();
  }

  @Test
  void while_the_shared_quota_cannot_answer_calls_go_on_under_the_local_limit_logged_once_each_way() {
    FeishuHelpdesk repository = loopback.withTokenSource().sharedQuota(quota).rateLimit(50, Duration.ofHours(1))
        .build();

    try (LogRecorder log = LogRecorder.everything()) {
      quota.answer(Answer.UNAVAILABLE);
      for (int call = 0; call < 5; call++) {
        assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
      }
      feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.rateLimited(1));
      assertThat(repository.findById(KNOWN_FAQ_ID)).as("a hold that cannot be stored fails nothing").isPresent();
      assertThat(repository.health().sharedQuota()).isEqualTo(SharedQuotaState.LOCAL_FALLBACK);
      assertThat(repository.health().availablePermits()).as("each request took a local permit").isEqualTo(50 - 7);

      quota.answer(Answer.GRANT);
      assertThat(repository.findById(KNOWN_FAQ_ID)).isPresent();
      assertThat(repository.health().sharedQuota()).isEqualTo(SharedQuotaState.SHARED);

      assertThat(log.adapterWarnings()).singleElement().asString()
          .startsWith("The shared quota cannot answer (scripted outage)");
      assertThat(log.lines()).filteredOn(line -> line.startsWith("INFO") && line.contains("shared quota"))
          .singleElement().asString().contains("answers again");
    }
    assertThat(feishu.helpdeskRequests()).isEqualTo(8);
  }

  @Test
  void without_a_shared_quota_health_says_none() {
    assertThat(loopback.withTokenSource().build().health().sharedQuota()).isEqualTo(SharedQuotaState.NONE);
  }
}
