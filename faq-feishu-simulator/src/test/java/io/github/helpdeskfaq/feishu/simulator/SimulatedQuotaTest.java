package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's rate limit, over HTTP, on a clock the test moves: what each window admits, and the 429s. */
class SimulatedQuotaTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final Clock clock = new Clock() {
    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  };
  private final FeishuSimulator feishu = FeishuSimulator.start();

  @AfterEach
  void close() {
    feishu.close();
  }

  @Test
  void admits_the_permits_of_each_window_and_answers_429_with_the_seconds_to_its_end_beyond_them() throws Exception {
    SimulatedQuota quota = feishu.enforceQuota(3, Duration.ofSeconds(2), clock);

    List<String> answers = new ArrayList<>();
    for (int request = 0; request < 4; request++) {
      answers.add(get());
    }
    now.set(START.plusMillis(500));
    answers.add(get());
    now.set(START.plusSeconds(2));
    answers.add(get());

    assertThat(answers).containsExactly("401", "401", "401", "429 reset 2", "429 reset 2", "401");
    assertThat(quota.requests()).isEqualTo(6);
    assertThat(quota.rateLimited()).isEqualTo(2);
    assertThat(quota.admittedPerWindow()).containsExactly(Map.entry(START, 3), Map.entry(START.plusSeconds(2), 1));
    assertThat(quota.mostAdmittedInAWindow()).isEqualTo(3);
    assertThat(quota.arrivals()).hasSize(6).startsWith(START).endsWith(START.plusSeconds(2));
    assertThat(feishu.helpdeskRequests()).as("the 429s counted too").isEqualTo(6);
  }

  @Test
  void leaves_the_token_endpoint_alone() throws Exception {
    SimulatedQuota quota = feishu.enforceQuota(1, Duration.ofSeconds(1), clock);

    HttpURLConnection token = (HttpURLConnection) URI.create(feishu.baseUrl()
        + FeishuSimulator.TOKEN_PATH.substring(1)).toURL().openConnection();
    token.setRequestMethod("POST");
    token.setDoOutput(true);
    token.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(token.getResponseCode()).isEqualTo(400);

    assertThat(quota.requests()).isZero();
  }

  /** A helpdesk call without credentials: 401 when admitted, else "429 reset n". */
  private String get() throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(feishu.baseUrl()
        + "open-apis/helpdesk/v1/faqs/1").toURL().openConnection();
    int status = connection.getResponseCode();
    String reset = connection.getHeaderField("x-ogw-ratelimit-reset");
    connection.disconnect();
    return status + (reset == null ? "" : " reset " + reset);
  }
}
