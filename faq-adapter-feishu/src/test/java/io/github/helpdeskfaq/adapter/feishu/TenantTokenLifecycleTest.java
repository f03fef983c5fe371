package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tenant token: fetched once, cached until shortly before it expires, refreshed when refused, single flight; and
 * when the token endpoint fails, one request per call, never retried, and none once the circuit breaker is open.
 */
class TenantTokenLifecycleTest {

  private static final int CONCURRENT_FIRST_CALLERS = 32;

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;
  private final MutableClock clock = loopback.clock;

  @Test
  void fetches_the_token_once_and_reuses_it() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());

    repository.findById(ContractData.KNOWN_FAQ_ID);
    repository.findById(ContractData.UNKNOWN_FAQ_ID);
    repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, image -> "read");

    assertThat(feishu.tokensIssued()).isEqualTo(1);
    assertThat(feishu.tokensSeen()).containsOnly("t-simulated-1").hasSize(3);
  }

  @Test
  void uses_the_token_until_five_minutes_before_it_expires_then_fetches_a_new_one() {
    feishu.expireTokensAfter(7200);
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    repository.findById(ContractData.KNOWN_FAQ_ID);

    clock.advance(Duration.ofSeconds(7200 - 300 - 1));
    repository.findById(ContractData.KNOWN_FAQ_ID);
    assertThat(feishu.tokensIssued()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    repository.findById(ContractData.KNOWN_FAQ_ID);
    assertThat(feishu.tokensIssued()).isEqualTo(2);
    assertThat(feishu.tokensSeen()).containsExactly("t-simulated-1", "t-simulated-1", "t-simulated-2");
  }

  @Test
  void keeps_half_of_a_short_lifetime_as_the_margin() {
    feishu.expireTokensAfter(60);
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    repository.findById(ContractData.KNOWN_FAQ_ID);

    clock.advance(Duration.ofSeconds(29));
    repository.findById(ContractData.KNOWN_FAQ_ID);
    assertThat(feishu.tokensIssued()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    repository.findById(ContractData.KNOWN_FAQ_ID);
    assertThat(feishu.tokensIssued()).isEqualTo(2);
  }

  /**
   * Found by {@link FeishuResponsesPropertyTest} (for the user tokens): an {@code expire} that no date can hold
   * threw from the token cache; such a token is used until Feishu refuses it.
   */
  @ParameterizedTest
  @ValueSource(longs = {31556889864403200L, Long.MAX_VALUE})
  void uses_a_token_whose_expiry_no_date_can_hold_until_feishu_refuses_it(long expire) {
    feishu.expireTokensAfter(expire);
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());

    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    clock.advance(Duration.ofDays(366_000));
    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    assertThat(feishu.tokensIssued()).isEqualTo(1);

    feishu.revokeTokens();
    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    assertThat(feishu.tokensIssued()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {99991663, 99991664, 99991671, 99991661})
  void drops_a_refused_token_fetches_a_fresh_one_and_retries_once(int code) {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    repository.findById(ContractData.KNOWN_FAQ_ID);
    feishu.refuseNextTokens(1, code);

    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).contains(ContractData.knownFaq());

    assertThat(feishu.tokensIssued()).isEqualTo(2);
    assertThat(feishu.tokensSeen()).containsExactly("t-simulated-1", "t-simulated-1", "t-simulated-2");
  }

  @Test
  void retries_an_image_with_a_fresh_token_too() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    feishu.refuseNextTokens(1, 99991663);

    assertThat(repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> image.stream().readAllBytes().length)).contains(LoopbackFeishu.IMAGE.length);
    assertThat(feishu.tokensIssued()).isEqualTo(2);
  }

  @Test
  void gives_up_when_the_fresh_token_is_refused_too() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    feishu.refuseNextTokens(2, 99991663);

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class)
        .hasMessageContaining("99991663")
        .satisfies(e -> assertThat(((FaqAccessDeniedException) e).serviceCode()).hasValue(99991663));
    assertThat(feishu.tokensIssued()).isEqualTo(2);
    assertThat(feishu.helpdeskRequests()).isEqualTo(2);
  }

  @Test
  void makes_exactly_one_token_request_for_32_concurrent_first_callers() throws Exception {
    feishu.delayTokenAnswers(Duration.ofMillis(200));
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_FIRST_CALLERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Faq>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < CONCURRENT_FIRST_CALLERS; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return repository.findById(ContractData.KNOWN_FAQ_ID);
        }));
      }
      start.countDown();
      for (Future<Optional<Faq>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).contains(ContractData.knownFaq());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(feishu.tokensIssued()).isEqualTo(1);
    assertThat(feishu.helpdeskRequests()).isEqualTo(CONCURRENT_FIRST_CALLERS);
  }

  @Test
  void reports_refused_app_credentials_as_access_denied_without_the_secret() {
    FeishuHelpdesk repository = withAppCredentials("wrong-secret-never-to-be-seen");

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class)
        .hasMessageContaining("tenant access token")
        .hasMessageContaining("10014")
        .hasMessageContaining(LoopbackFeishu.CREDENTIALS.appId())
        .hasMessageNotContaining("wrong-secret-never-to-be-seen");
    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class);
    assertThat(feishu.tokenRequests()).as("one token request per call, not retried").isEqualTo(2);
    assertThat(feishu.helpdeskRequests()).isZero();
  }

  @Test
  void fails_as_unavailable_with_one_token_request_per_call_while_the_token_endpoint_is_down() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    feishu.failNextTokenRequests(3, () -> FeishuResponses.json(503, ""));

    for (int call = 1; call <= 3; call++) {
      assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class)
          .hasMessageContaining("a tenant access token for app " + LoopbackFeishu.CREDENTIALS.appId())
          .hasMessageContaining("HTTP 503");
      assertThat(feishu.tokenRequests()).as("token requests after call %d", call).isEqualTo(call);
    }
    assertThat(feishu.helpdeskRequests()).isZero();

    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    assertThat(feishu.tokenRequests()).isEqualTo(4);
  }

  @Test
  void stops_asking_for_tokens_once_the_breaker_opens_on_a_failing_token_endpoint() {
    FeishuHelpdesk repository = loopback.withAppCredentials().circuitBreakerWindow(2, 2).build();
    feishu.failNextTokenRequests(Integer.MAX_VALUE, () -> FeishuResponses.json(500, "{\"code\":155000}"));

    for (int call = 0; call < 6; call++) {
      assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqServiceUnavailableException.class);
    }

    assertThat(feishu.tokenRequests()).as("two failures opened the breaker").isEqualTo(2);
    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .hasMessageContaining("circuit breaker for Feishu is open");
    assertThat(feishu.helpdeskRequests()).isZero();
  }

  @Test
  void refreshes_the_token_once_when_feishu_revokes_it_mid_run() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    for (int call = 0; call < 3; call++) {
      assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    }

    feishu.revokeTokens();
    for (int call = 0; call < 3; call++) {
      assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    }

    assertThat(feishu.tokensIssued()).isEqualTo(2);
    assertThat(feishu.tokensSeen()).containsExactly("t-simulated-1", "t-simulated-1", "t-simulated-1",
        "t-simulated-1", "t-simulated-2", "t-simulated-2", "t-simulated-2");
  }

  @Test
  void refreshes_the_token_once_for_16_concurrent_callers_when_feishu_revokes_it_mid_run() throws Exception {
    int threads = 16;
    int callsEach = 20;
    FeishuHelpdesk repository = loopback.withAppCredentials().rateLimit(1000, Duration.ofSeconds(1)).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch halfway = new CountDownLatch(threads * callsEach / 2);
    List<Future<Integer>> callers = new ArrayList<>();
    try {
      for (int thread = 0; thread < threads; thread++) {
        callers.add(pool.submit(() -> {
          int found = 0;
          for (int call = 0; call < callsEach; call++) {
            found += repository.findById(ContractData.KNOWN_FAQ_ID).isPresent() ? 1 : 0;
            halfway.countDown();
          }
          return found;
        }));
      }
      assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
      feishu.revokeTokens();
      for (Future<Integer> caller : callers) {
        assertThat(caller.get(30, TimeUnit.SECONDS)).isEqualTo(callsEach);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(feishu.tokensIssued()).as("one refresh").isEqualTo(2);
    assertThat(feishu.helpdeskRequests()).as("at most one refused request per caller")
        .isBetween((long) threads * callsEach, (long) threads * callsEach + threads);
  }

  @Test
  void reports_a_failing_token_endpoint_as_unavailable_and_caches_nothing() {
    FeishuHelpdesk repository = withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret());
    feishu.failNextTokenRequests(1, FeishuResponses::serverError);

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .satisfies(e -> assertThat(((FaqServiceUnavailableException) e).attempts()).isEqualTo(1));
    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    assertThat(feishu.tokenRequests()).isEqualTo(2);
    assertThat(feishu.helpdeskRequests()).isEqualTo(1);
  }

  @Test
  void asks_a_callers_token_source_for_every_request_and_once_more_after_a_refusal() {
    AtomicInteger asked = new AtomicInteger();
    FeishuHelpdesk repository = withTokenSource(() -> {
      asked.incrementAndGet();
      return "t-simulated-1";
    });
    // issues t-simulated-1
    withAppCredentials(LoopbackFeishu.CREDENTIALS.appSecret()).findById(ContractData.UNKNOWN_FAQ_ID);

    repository.findById(ContractData.KNOWN_FAQ_ID);
    repository.findById(ContractData.KNOWN_FAQ_ID);
    assertThat(asked).hasValue(2);

    feishu.refuseNextTokens(1, 99991671);
    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
    assertThat(asked).hasValue(4);
  }

  @Test
  void refuses_a_blank_or_unsendable_token_from_the_source_without_a_request_or_an_echo() {
    assertThat(catchThrowable(() -> withTokenSource(() -> " ").findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class).hasMessageContaining("no token");
    assertThat(catchThrowable(() -> withTokenSource(() -> null).findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class);
    assertThat(catchThrowable(() -> withTokenSource(() -> "t-secret\r\nX-Evil: 1").findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqAccessDeniedException.class)
        .hasMessageNotContaining("t-secret");
    assertThat(feishu.helpdeskRequests()).isZero();
  }

  @Test
  void reports_a_failing_token_source_as_unavailable() {
    IllegalStateException sourceFailure = new IllegalStateException("vault sealed");

    assertThat(catchThrowable(() -> withTokenSource(() -> {
      throw sourceFailure;
    }).findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasCause(sourceFailure);
  }

  private FeishuHelpdesk withAppCredentials(String appSecret) {
    return loopback.withAppCredentials().appCredentials(LoopbackFeishu.CREDENTIALS.appId(), appSecret).build();
  }

  private FeishuHelpdesk withTokenSource(Supplier<String> source) {
    return loopback.withTokenSource(source).build();
  }
}
