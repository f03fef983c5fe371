package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqServiceUnavailableException;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration: fails fast and names what is missing, masks secrets, and applies the timeouts it promises. */
class FeishuFaqRepositoryBuilderTest {

  private static final String APP_SECRET = "app-secret-never-to-be-seen";
  private static final String HELPDESK_TOKEN = "helpdesk-token-never-to-be-seen";

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
  void names_missing_helpdesk_credentials() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("cli_1", APP_SECRET).build())
        .withMessage("helpdeskCredentials: helpdesk id and helpdesk token are missing");
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("cli_1", APP_SECRET).helpdeskCredentials("1", " ").build())
        .withMessage("helpdeskCredentials: helpdesk token is missing or blank");
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("cli_1", APP_SECRET).helpdeskCredentials(null, HELPDESK_TOKEN).build())
        .withMessage("helpdeskCredentials: helpdesk id is missing or blank");
  }

  @Test
  void names_missing_app_credentials() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("cli_1", null).helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials: app secret is missing or blank");
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("", APP_SECRET).helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials: app id is missing or blank");
  }

  @Test
  void wants_exactly_one_way_to_get_tenant_tokens() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials or tenantAccessTokenSource: one of them must be set");
    assertThatIllegalStateException().isThrownBy(() -> FeishuFaqRepository.builder()
            .appCredentials("cli_1", APP_SECRET).tenantAccessTokenSource(() -> "t")
            .helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials and tenantAccessTokenSource: set only one of them");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "open.feishu.cn", "ftp://open.feishu.cn", "file:///etc/passwd",
      "https://user:secret-pw@open.feishu.cn", "https://open.feishu.cn/?region=cn", "https://open.feishu.cn/#top"})
  void refuses_a_base_url_that_is_not_a_plain_http_url(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> FeishuFaqRepository.builder().baseUrl(url))
        .withMessageStartingWith("baseUrl: ")
        .withMessageNotContaining("secret-pw");
  }

  @Test
  void refuses_null_settings_at_once() {
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqRepository.builder().baseUrl(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqRepository.builder().tenantAccessTokenSource(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqRepository.builder().okHttpClient(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqRepository.builder().clock(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuFaqRepository.builder().readTimeout(null));
  }

  @Test
  void refuses_negative_or_huge_timeouts_and_takes_zero_as_no_limit() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> FeishuFaqRepository.builder().connectTimeout(Duration.ofSeconds(-1)))
        .withMessageContaining("connectTimeout");
    assertThatIllegalArgumentException().isThrownBy(
        () -> FeishuFaqRepository.builder().callTimeout(Duration.ofDays(30))).withMessageContaining("callTimeout");
    assertThat(FeishuFaqRepository.builder().readTimeout(Duration.ZERO)).isNotNull();
  }

  @Test
  void refuses_resilience_settings_out_of_range_naming_the_setting() {
    FeishuFaqRepository.Builder builder = FeishuFaqRepository.builder();
    Duration second = Duration.ofSeconds(1);

    assertThatIllegalArgumentException().isThrownBy(() -> builder.rateLimit(0, second))
        .withMessage("rateLimit: permitsPerPeriod: must be at least 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.rateLimit(1, Duration.ZERO))
        .withMessageStartingWith("rateLimit: period: must be from 1 ms");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxWaitForPermit(Duration.ofMillis(-1)))
        .withMessageStartingWith("maxWaitForPermit: must be from 0 ms");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.retryMaxAttempts(0))
        .withMessage("retryMaxAttempts: must be at least 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.retryBackoff(Duration.ZERO, second))
        .withMessageStartingWith("retryBackoff: initial: must be from 1 ms");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.retryBackoff(second.plusMillis(1), second))
        .withMessage("retryBackoff: max must not be shorter than initial, was PT1S < PT1.001S");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.retryMaxElapsed(Duration.ofDays(30)))
        .withMessageStartingWith("retryMaxElapsed: must be from 0 ms to 2147483647 ms");
    for (float percent : new float[] {0f, -1f, 100.5f, Float.NaN}) {
      assertThatIllegalArgumentException().isThrownBy(() -> builder.circuitBreakerFailureRate(percent))
          .withMessageStartingWith("circuitBreakerFailureRate: must be above 0 and at most 100");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> builder.circuitBreakerWindow(0, 1))
        .withMessage("circuitBreakerWindow: slidingWindowCalls: must be at least 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.circuitBreakerWindow(5, 6))
        .withMessage("circuitBreakerWindow: minimumCalls must not exceed slidingWindowCalls, was 6 > 5");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.circuitBreakerOpenDuration(Duration.ZERO))
        .withMessageStartingWith("circuitBreakerOpenDuration: must be from 1 ms");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.circuitBreakerHalfOpenCalls(0))
        .withMessage("circuitBreakerHalfOpenCalls: must be at least 1, was 0");
    assertThatNullPointerException().isThrownBy(() -> builder.rateLimit(1, null))
        .withMessage("rateLimit: period must not be null");
    assertThatNullPointerException().isThrownBy(() -> builder.retryBackoff(second, null));
    assertThat(builder.toString()).as("nothing was taken").contains("rateLimit=50 per PT1S");
  }

  @Test
  void takes_the_edge_values_of_the_resilience_settings() {
    FeishuFaqRepository repository = builder().rateLimit(1, Duration.ofMillis(1)).maxWaitForPermit(Duration.ZERO)
        .retryMaxAttempts(1).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).retryMaxElapsed(Duration.ZERO)
        .circuitBreakerFailureRate(100).circuitBreakerWindow(1, 1).circuitBreakerOpenDuration(Duration.ofMillis(1))
        .circuitBreakerHalfOpenCalls(1).build();

    assertThat(repository.health().circuitState()).isEqualTo(FeishuFaqRepository.Health.CircuitState.CLOSED);
  }

  @Test
  void shows_every_resilience_setting_with_its_default() {
    assertThat(FeishuFaqRepository.builder().toString()).contains("rateLimit=50 per PT1S",
        "maxWaitForPermit=PT5S", "retryMaxAttempts=3", "retryBackoff=PT0.5S..PT5S", "retryMaxElapsed=PT10S",
        "circuitBreakerFailureRate=50.0%", "circuitBreakerWindow=20 calls (minimum 10)",
        "circuitBreakerOpenDuration=PT30S", "circuitBreakerHalfOpenCalls=3");
    assertThat(FeishuFaqRepository.builder().rateLimit(20, Duration.ofMillis(100)).circuitBreakerWindow(4, 2)
        .toString()).contains("rateLimit=20 per PT0.1S", "circuitBreakerWindow=4 calls (minimum 2)");
  }

  @Test
  void never_shows_a_secret_in_to_string() {
    FeishuFaqRepository.Builder withApp = FeishuFaqRepository.builder()
        .appCredentials("cli_visible", APP_SECRET).helpdeskCredentials("6939771743531696147", HELPDESK_TOKEN);
    FeishuFaqRepository.Builder withSource = FeishuFaqRepository.builder()
        .tenantAccessTokenSource(() -> "t-source-secret").helpdeskCredentials("6939771743531696147", HELPDESK_TOKEN);

    for (Object shown : new Object[] {withApp, withApp.build(), withSource, withSource.build()}) {
      assertThat(shown.toString())
          .contains("6939771743531696147", "https://open.feishu.cn/")
          .doesNotContain(APP_SECRET, HELPDESK_TOKEN, "t-source-secret",
              FeishuSimulator.base64("6939771743531696147:" + HELPDESK_TOKEN));
    }
    assertThat(withApp.toString()).contains("cli_visible", "appSecret=****", "helpdeskToken=****",
        "connectTimeout=PT10S (default)", "readTimeout=PT30S (default)", "callTimeout=PT1M (default)");
    assertThat(withApp.build().toString()).contains("cli_visible");
  }

  @Test
  @Timeout(10)
  void applies_the_read_timeout_set_here() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    FeishuFaqRepository repository = builder().readTimeout(Duration.ofMillis(200)).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("SocketTimeoutException");
  }

  @Test
  @Timeout(10)
  void keeps_the_timeouts_of_a_given_client_that_were_not_set_here() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(200, TimeUnit.MILLISECONDS).build();
    FeishuFaqRepository repository = builder().okHttpClient(impatient).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("SocketTimeoutException");
  }

  @Test
  void overrides_a_given_clients_timeout_with_one_set_here() {
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .setHeadersDelay(400, TimeUnit.MILLISECONDS));
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(100, TimeUnit.MILLISECONDS).build();
    FeishuFaqRepository repository = builder().okHttpClient(impatient).readTimeout(Duration.ofSeconds(5)).build();

    assertThat(repository.findById(ContractData.KNOWN_FAQ_ID)).isPresent();
  }

  @Test
  void keeps_a_given_clients_interceptors() throws InterruptedException {
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ)));
    OkHttpClient tracing = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Trace-Id", "abc").build()))
        .build();

    builder().okHttpClient(tracing).build().findById(ContractData.KNOWN_FAQ_ID);

    assertThat(server.takeRequest().getHeader("X-Trace-Id")).isEqualTo("abc");
  }

  @Test
  @Timeout(10)
  void bounds_a_whole_json_call_by_the_call_timeout() {
    server.enqueue(FeishuSimulator.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .throttleBody(64, 100, TimeUnit.MILLISECONDS));
    FeishuFaqRepository repository = builder().callTimeout(Duration.ofMillis(300)).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class);
  }

  @Test
  void does_not_bound_an_image_download_by_the_call_timeout() {
    byte[] bytes = new byte[2000];
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(bytes))
        .throttleBody(400, 100, TimeUnit.MILLISECONDS));
    FeishuFaqRepository repository = builder().callTimeout(Duration.ofMillis(200)).build();

    assertThat(repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> image.stream().readAllBytes().length)).contains(2000);
  }

  /** Without retries: these tests are about one request's timeouts. */
  private FeishuFaqRepository.Builder builder() {
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .tenantAccessTokenSource(() -> "t-token")
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .retryMaxAttempts(1);
  }
}
