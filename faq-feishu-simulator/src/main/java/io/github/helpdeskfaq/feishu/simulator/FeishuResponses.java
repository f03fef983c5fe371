package io.github.helpdeskfaq.feishu.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Answers as Feishu (or the network to it) sends them, for {@link FeishuSimulator}'s scripted answers and faults.
 * Error bodies are the platform's envelope, {@code {"code":...,"msg":"..."}}; codes and statuses are those of the
 * platform's error table.
 */
public final class FeishuResponses {

  /** The content type of every JSON answer. */
  public static final String JSON = "application/json; charset=utf-8";

  private FeishuResponses() {}

  /**
   * A JSON answer.
   *
   * @param status the HTTP status
   * @param body the JSON, sent as it is
   * @return the answer
   */
  public static SimulatedAnswer json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Feishu's error envelope: {@code {"code":code,"msg":msg}}.
   *
   * @param status the HTTP status
   * @param code the platform's code
   * @param msg the message
   * @return the answer
   */
  public static SimulatedAnswer error(int status, long code, String msg) {
    return json(status, WireFormat.error(code, msg));
  }

  /**
   * 404 with 154004: no such FAQ, image or category.
   *
   * @return the answer
   */
  public static SimulatedAnswer notFound() {
    return error(404, 154004, "Resource not found");
  }

  /**
   * 500 with 155000.
   *
   * @return the answer
   */
  public static SimulatedAnswer serverError() {
    return error(500, 155000, "Internal error");
  }

  /**
   * 429 with 99991400, and {@code x-ogw-ratelimit-reset} (with {@code x-ogw-ratelimit-limit}) when a reset is given.
   *
   * @param resetSeconds the seconds until the limit resets, or {@code null} for an answer without the headers
   * @return the answer
   */
  public static SimulatedAnswer rateLimited(Integer resetSeconds) {
    SimulatedAnswer answer = error(429, 99991400, "request trigger frequency limit");
    return resetSeconds == null ? answer
        : answer.withHeader("x-ogw-ratelimit-reset", resetSeconds).withHeader("x-ogw-ratelimit-limit", 50);
  }

  /**
   * A gateway's HTML page with 502.
   *
   * @return the answer
   */
  public static SimulatedAnswer gatewayPage() {
    return SimulatedAnswer.of(502).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  /**
   * A JSON answer whose head comes only after {@code delay}.
   *
   * @param body the JSON
   * @param delay how long the head waits
   * @return the answer
   */
  public static SimulatedAnswer slow(String body, Duration delay) {
    return json(200, body).withHeadDelay(delay);
  }

  /**
   * A JSON answer whose connection drops halfway through the body, its whole length announced.
   *
   * @param body the JSON
   * @return the answer
   */
  public static SimulatedAnswer droppedMidBody(String body) {
    return json(200, body).brokenOffMidBody();
  }

  /**
   * No answer at all: the connection stays open and silent until the client gives up or the simulator closes.
   *
   * @return the answer
   */
  public static SimulatedAnswer noResponse() {
    return SimulatedAnswer.noResponse();
  }

  /**
   * An image, with its content type and length.
   *
   * @param contentType for example {@code image/png}
   * @param bytes the image; copied
   * @return the answer
   */
  public static SimulatedAnswer image(String contentType, byte[] bytes) {
    return SimulatedAnswer.of(200).withHeader("Content-Type", contentType).withBody(bytes);
  }

  static SimulatedAnswer json(int status, byte[] body) {
    return SimulatedAnswer.of(status).withHeader("Content-Type", JSON).withBody(body);
  }
}
