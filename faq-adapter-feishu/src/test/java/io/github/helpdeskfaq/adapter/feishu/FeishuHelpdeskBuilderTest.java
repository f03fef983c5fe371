package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import io.github.helpdeskfaq.testkit.ContractData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configuration: fails fast and names what is missing, masks secrets, and applies what it promises: timeouts, proxy,
 * TLS trust, connection pool; and redirects are never followed, whatever is configured.
 */
class FeishuHelpdeskBuilderTest {

  private static final String APP_SECRET = "app-secret-never-to-be-seen";
  private static final String HELPDESK_TOKEN = "helpdesk-token-never-to-be-seen";

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void names_missing_helpdesk_credentials() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("cli_1", APP_SECRET).build())
        .withMessage("helpdeskCredentials: helpdesk id and helpdesk token are missing");
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("cli_1", APP_SECRET).helpdeskCredentials("1", " ").build())
        .withMessage("helpdeskCredentials: helpdesk token is missing or blank");
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("cli_1", APP_SECRET).helpdeskCredentials(null, HELPDESK_TOKEN).build())
        .withMessage("helpdeskCredentials: helpdesk id is missing or blank");
  }

  @Test
  void names_missing_app_credentials() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("cli_1", null).helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials: app secret is missing or blank");
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("", APP_SECRET).helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials: app id is missing or blank");
  }

  @Test
  void wants_exactly_one_way_to_get_tenant_tokens() {
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials or tenantAccessTokenSource: one of them must be set");
    assertThatIllegalStateException().isThrownBy(() -> FeishuHelpdesk.builder()
            .appCredentials("cli_1", APP_SECRET).tenantAccessTokenSource(() -> "t")
            .helpdeskCredentials("1", HELPDESK_TOKEN).build())
        .withMessage("appCredentials and tenantAccessTokenSource: set only one of them");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "open.feishu.cn", "ftp://open.feishu.cn", "file:///etc/passwd",
      "https://user:secret-pw@open.feishu.cn", "https://open.feishu.cn/?region=cn", "https://open.feishu.cn/#top"})
  void refuses_a_base_url_that_is_not_a_plain_http_url(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> FeishuHelpdesk.builder().baseUrl(url))
        .withMessageStartingWith("baseUrl: ")
        .withMessageNotContaining("secret-pw");
  }

  @Test
  void refuses_null_settings_at_once() {
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().baseUrl(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().tenantAccessTokenSource(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().proxy(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().sslSocketFactory(null, null));
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().clock(null));
    assertThatNullPointerException().isThrownBy(() -> FeishuHelpdesk.builder().readTimeout(null));
  }

  @Test
  void refuses_negative_or_huge_timeouts_and_takes_zero_as_no_limit() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> FeishuHelpdesk.builder().connectTimeout(Duration.ofSeconds(-1)))
        .withMessageContaining("connectTimeout");
    assertThatIllegalArgumentException().isThrownBy(
        () -> FeishuHelpdesk.builder().connectionPool(-1, Duration.ofMinutes(1)))
        .withMessage("connectionPool: maxIdleConnections must not be negative, was -1");
    assertThatIllegalArgumentException().isThrownBy(
        () -> FeishuHelpdesk.builder().callTimeout(Duration.ofDays(30))).withMessageContaining("callTimeout");
    assertThat(FeishuHelpdesk.builder().readTimeout(Duration.ZERO)).isNotNull();
  }

  @Test
  void refuses_resilience_settings_out_of_range_naming_the_setting() {
    FeishuHelpdesk.Builder builder = FeishuHelpdesk.builder();
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
    assertThat(builder.toString()).as("nothing was taken").contains("rateLimit=25 per PT0.5S");
  }

  @Test
  void takes_the_edge_values_of_the_resilience_settings() {
    FeishuHelpdesk repository = builder().rateLimit(1, Duration.ofMillis(1)).maxWaitForPermit(Duration.ZERO)
        .retryMaxAttempts(1).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).retryMaxElapsed(Duration.ZERO)
        .circuitBreakerFailureRate(100).circuitBreakerWindow(1, 1).circuitBreakerOpenDuration(Duration.ofMillis(1))
        .circuitBreakerHalfOpenCalls(1).build();

    assertThat(repository.health().circuitState()).isEqualTo(CircuitState.CLOSED);
  }

  @Test
  void shows_every_resilience_setting_with_its_default() {
    assertThat(FeishuHelpdesk.builder().toString()).contains("rateLimit=25 per PT0.5S",
        "maxWaitForPermit=PT5S", "retryMaxAttempts=3", "retryBackoff=PT0.5S..PT5S", "retryMaxElapsed=PT10S",
        "circuitBreakerFailureRate=50.0%", "circuitBreakerWindow=20 calls (minimum 10)",
        "circuitBreakerOpenDuration=PT30S", "circuitBreakerHalfOpenCalls=3");
    assertThat(FeishuHelpdesk.builder().rateLimit(20, Duration.ofMillis(100)).circuitBreakerWindow(4, 2)
        .toString()).contains("rateLimit=20 per PT0.1S", "circuitBreakerWindow=4 calls (minimum 2)");
  }

  @Test
  void never_shows_a_secret_in_to_string() {
    FeishuHelpdesk.Builder withApp = FeishuHelpdesk.builder()
        .appCredentials("cli_visible", APP_SECRET).helpdeskCredentials("6939771743531696147", HELPDESK_TOKEN);
    FeishuHelpdesk.Builder withSource = FeishuHelpdesk.builder()
        .tenantAccessTokenSource(() -> "t-source-secret").helpdeskCredentials("6939771743531696147", HELPDESK_TOKEN);

    for (Object shown : new Object[] {withApp, withApp.build(), withSource, withSource.build()}) {
      assertThat(shown.toString())
          .contains("6939771743531696147", "https://open.feishu.cn/")
          .doesNotContain(APP_SECRET, HELPDESK_TOKEN, "t-source-secret",
              java.util.Base64.getEncoder().encodeToString(("6939771743531696147:" + HELPDESK_TOKEN).getBytes()));
    }
    assertThat(withApp.toString()).contains("cli_visible", "appSecret=****", "helpdeskToken=****",
        "connectTimeout=PT10S", "readTimeout=PT30S", "callTimeout=PT1M", "proxy=system", "tls=JDK",
        "connectionPool=5 idle for PT5M");
    assertThat(withApp.build().toString()).contains("cli_visible");
  }

  @Test
  @Timeout(10)
  void applies_the_read_timeout_set_here() {
    feishu.failNextHelpdeskCalls(1, FeishuResponses::noResponse);
    FeishuHelpdesk repository = builder().readTimeout(Duration.ofMillis(200)).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class).hasMessageContaining("SocketTimeoutException");
  }

  @Test
  @Timeout(10)
  void bounds_a_whole_json_call_by_the_call_timeout() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .throttled(64, Duration.ofMillis(100)));
    FeishuHelpdesk repository = builder().callTimeout(Duration.ofMillis(300)).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("within the call timeout (300 ms)");
  }

  @Test
  void does_not_bound_an_image_download_by_the_call_timeout() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.image("image/png", new byte[2000])
        .throttled(400, Duration.ofMillis(100)));
    FeishuHelpdesk repository = builder().callTimeout(Duration.ofMillis(200)).build();

    assertThat(repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> image.stream().readAllBytes().length)).contains(2000);
  }

  @Test
  void never_follows_a_redirect_to_another_host_and_says_so() {
    try (FeishuSimulator elsewhere = FeishuSimulator.start()) {
      String target = elsewhere.baseUrl().replace("127.0.0.1", "localhost") + "open-apis/helpdesk/v1/faqs/1";
      feishu.failNextHelpdeskCalls(Integer.MAX_VALUE, () -> SimulatedAnswer.of(302)
          .withHeader("Location", target));

      assertThat(catchThrowable(() -> builder().build().findById(ContractData.KNOWN_FAQ_ID)))
          .isExactlyInstanceOf(FaqRepositoryException.class)
          .hasMessageContaining("HTTP 302").hasMessageContaining("redirects are never followed");
      assertThat(catchThrowable(() -> builder().build().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
          image -> "read"))).isExactlyInstanceOf(FaqRepositoryException.class);

      assertThat(elsewhere.requestCount()).as("requests that reached the other host").isZero();
      assertThat(feishu.helpdeskRequests()).isEqualTo(2);
    }
  }

  @Test
  void sends_requests_through_the_proxy_set_here() {
    FeishuSimulator proxy = feishu; // a plain HTTP proxy sees absolute URIs; the simulator records them
    FeishuHelpdesk repository = FeishuHelpdesk.builder()
        .baseUrl("http://feishu.invalid/")
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port(proxy))))
        .tenantAccessTokenSource(() -> "t-token")
        .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
        .retryMaxAttempts(1).build();

    catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID));

    assertThat(proxy.takeRequest().requestLine())
        .isEqualTo("GET http://feishu.invalid/open-apis/helpdesk/v1/faqs/6936004780707807231 HTTP/1.1");
  }

  @Test
  void without_a_proxy_set_asks_the_systems_selector_once_for_the_base_url() {
    ProxySelector system = ProxySelector.getDefault();
    List<URI> asked = new CopyOnWriteArrayList<>();
    Proxy loopbackProxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port(feishu)));
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(uri.getHost().equals("feishu.invalid") ? loopbackProxy : Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    });
    try {
      FeishuHelpdesk repository = FeishuHelpdesk.builder().baseUrl("http://feishu.invalid/")
          .tenantAccessTokenSource(() -> "t-token")
          .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
          .retryMaxAttempts(1).build();

      catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID));
      catchThrowable(() -> repository.findById(ContractData.UNKNOWN_FAQ_ID));

      assertThat(feishu.takeRequest().requestLine())
          .isEqualTo("GET http://feishu.invalid/open-apis/helpdesk/v1/faqs/6936004780707807231 HTTP/1.1");
      assertThat(asked).as("the selector is asked once, for the base URL (the JDK's socket asks about the socket)")
          .filteredOn(uri -> uri.getScheme().equals("http")).extracting(URI::getHost)
          .containsExactly("feishu.invalid");
    } finally {
      ProxySelector.setDefault(system);
    }
  }

  @Test
  void makes_tls_connections_with_the_socket_factory_set_here() throws Exception {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, null, null);
    AtomicInteger sockets = new AtomicInteger();
    SSLSocketFactory counting = new CountingSocketFactory(tls.getSocketFactory(), sockets);
    FeishuHelpdesk repository = builder().baseUrl(feishu.baseUrl().replace("http:", "https:"))
        .sslSocketFactory(counting, jdkTrustManager()).readTimeout(Duration.ofMillis(300)).build();

    assertThat(catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID)))
        .as("the simulator speaks plain HTTP: the handshake fails")
        .isExactlyInstanceOf(FaqServiceUnavailableException.class);
    assertThat(sockets).as("TLS sockets made by the given factory").hasPositiveValue();
  }

  @Test
  void speaks_tls_to_an_https_base_url_by_default() {
    FeishuHelpdesk repository = builder().baseUrl(feishu.baseUrl().replace("http:", "https:"))
        .readTimeout(Duration.ofMillis(300)).build();

    Throwable failure = catchThrowable(() -> repository.findById(ContractData.KNOWN_FAQ_ID));

    assertThat(failure).isExactlyInstanceOf(FaqServiceUnavailableException.class).rootCause()
        .as("the simulator speaks plain HTTP: the TLS handshake waits for an answer that never comes")
        .satisfies(root -> assertThat(root.getStackTrace())
            .anyMatch(frame -> frame.getClassName().startsWith("sun.security.ssl.")));
  }

  @Test
  void keeps_no_idle_connection_when_the_pool_holds_none() {
    FeishuHelpdesk pooled = builder().build();
    FeishuHelpdesk unpooled = builder().connectionPool(0, Duration.ofSeconds(1)).build();

    pooled.findById(ContractData.KNOWN_FAQ_ID);
    pooled.findById(ContractData.KNOWN_FAQ_ID);
    unpooled.findById(ContractData.KNOWN_FAQ_ID);
    unpooled.findById(ContractData.KNOWN_FAQ_ID);

    assertThat(List.of(feishu.takeRequest(), feishu.takeRequest(), feishu.takeRequest(), feishu.takeRequest()))
        .extracting(SimulatedRequest::sequenceNumber).as("requests on their connection")
        .containsExactly(0, 1, 0, 0);
  }

  @Test
  void closing_drops_the_idle_connections_and_a_later_call_opens_a_new_one() {
    FeishuHelpdesk helpdesk = builder().build();

    helpdesk.findById(ContractData.KNOWN_FAQ_ID);
    helpdesk.close();
    helpdesk.findById(ContractData.KNOWN_FAQ_ID);

    assertThat(List.of(feishu.takeRequest(), feishu.takeRequest())).extracting(SimulatedRequest::sequenceNumber)
        .as("requests on their connection").containsExactly(0, 0);
  }

  @Test
  void starts_from_the_published_defaults() {
    assertThat(FeishuHelpdesk.builder().toString()).contains(
        "rateLimit=" + FeishuDefaults.RATE_LIMIT_PERMITS + " per PT0.5S",
        "retryMaxAttempts=" + FeishuDefaults.RETRY_MAX_ATTEMPTS,
        "connectTimeout=PT" + FeishuDefaults.CONNECT_TIMEOUT_SECONDS + "S",
        "circuitBreakerWindow=" + FeishuDefaults.CIRCUIT_BREAKER_WINDOW_CALLS + " calls (minimum "
            + FeishuDefaults.CIRCUIT_BREAKER_MINIMUM_CALLS + ")");
  }

  /** Without retries: these tests are about one request. */
  private FeishuHelpdesk.Builder builder() {
    return loopback.withTokenSource().retryMaxAttempts(1);
  }

  private static int port(FeishuSimulator simulator) {
    return java.net.URI.create(simulator.baseUrl()).getPort();
  }

  private static X509TrustManager jdkTrustManager() throws Exception {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    return (X509TrustManager) factory.getTrustManagers()[0];
  }
}
