package io.github.helpdeskfaq.feishu.simulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/** Answers as Feishu (or the network to it) sends them, for {@link FeishuSimulator}'s per-id answers and faults. */
public final class FeishuResponses {

  private FeishuResponses() {}

  /** A JSON answer. */
  public static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  /** Feishu's error envelope: {@code {"code":code,"msg":msg}}. */
  public static MockResponse error(int status, int code, String msg) {
    return json(status, "{\"code\":" + code + ",\"msg\":\"" + msg + "\"}");
  }

  /** 404 with 154004. */
  public static MockResponse notFound() {
    return error(404, 154004, "Resource not found");
  }

  /** 500 with 155000. */
  public static MockResponse serverError() {
    return error(500, 155000, "Internal error");
  }

  /** 429 with 99991400, and {@code x-ogw-ratelimit-reset} when {@code resetSeconds} is not null. */
  public static MockResponse rateLimited(Integer resetSeconds) {
    MockResponse response = error(429, 99991400, "request trigger frequency limit");
    return resetSeconds == null ? response
        : response.setHeader("x-ogw-ratelimit-reset", resetSeconds).setHeader("x-ogw-ratelimit-limit", 50);
  }

  /** A gateway's HTML page with 502. */
  public static MockResponse gatewayPage() {
    return new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  /** A JSON answer whose head comes after {@code delay}. */
  public static MockResponse slow(String body, Duration delay) {
    return json(200, body).setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A JSON answer whose connection drops halfway through the body. */
  public static MockResponse droppedMidBody(String body) {
    return json(200, body).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  /** No answer at all: the connection stays open and silent. */
  public static MockResponse noResponse() {
    return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
  }

  /** An image. */
  public static MockResponse image(String contentType, byte[] bytes) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", contentType)
        .setBody(new Buffer().write(bytes));
  }
}
