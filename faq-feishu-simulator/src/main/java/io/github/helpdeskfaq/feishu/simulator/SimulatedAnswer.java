package io.github.helpdeskfaq.feishu.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FeishuSimulator} answers a request with, and how it sends it: an immutable status, headers and body,
 * and the ways a server or the network to it misbehaves (a late head, a slow body, a connection dropped before or
 * during the answer, no answer at all). {@link FeishuResponses} makes Feishu's own answers; each {@code with...}
 * method returns a changed copy.
 *
 * <p>A body is sent with its {@code Content-Length} unless {@linkplain #chunked() chunked}; an empty body is sent
 * as none. No header is added but the server's {@code Date} and the length.
 */
public final class SimulatedAnswer {

  /** How the answer reaches the client. */
  enum Delivery {
    /** Head and body, whole. */
    WHOLE,
    /** The head with the full length, half the body, then the connection closed. */
    BROKEN_OFF_MID_BODY,
    /** Nothing: the connection closed once the request is read. */
    DISCONNECT_AFTER_REQUEST,
    /** Nothing, and the connection held open until the client gives up or the simulator closes. */
    NO_RESPONSE
  }

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final boolean chunked;
  private final Duration headDelay;
  private final int throttleBytes;
  private final Duration throttlePeriod;
  private final Delivery delivery;
  private final StreamedBody streamed;

  private SimulatedAnswer(Parts parts) {
    this.status = parts.status;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(parts.headers));
    this.body = parts.body;
    this.chunked = parts.chunked;
    this.headDelay = parts.headDelay;
    this.throttleBytes = parts.throttleBytes;
    this.throttlePeriod = parts.throttlePeriod;
    this.delivery = parts.delivery;
    this.streamed = parts.streamed;
  }

  /**
   * An answer with this status, no header and no body.
   *
   * @param status the HTTP status, from 100 to 999
   * @return the answer
   */
  public static SimulatedAnswer of(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be from 100 to 999, was " + status);
    }
    Parts parts = new Parts();
    parts.status = status;
    return new SimulatedAnswer(parts);
  }

  /**
   * No answer: the connection closes as soon as the request has been read.
   *
   * @return the answer
   */
  public static SimulatedAnswer disconnectAfterRequest() {
    return of(200).delivered(Delivery.DISCONNECT_AFTER_REQUEST);
  }

  /**
   * No answer at all: the connection stays open and silent until the client gives up or the simulator closes. Other
   * requests are served meanwhile.
   *
   * @return the answer
   */
  public static SimulatedAnswer noResponse() {
    return of(200).delivered(Delivery.NO_RESPONSE);
  }

  /** An answer that {@code source} sends itself; see {@link StreamedBody}. */
  static SimulatedAnswer streamed(StreamedBody source) {
    Parts parts = of(200).parts();
    parts.streamed = Objects.requireNonNull(source, "source");
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer with a header set to one value, replacing any of that name (names compare ignoring case).
   *
   * @param name the header's name
   * @param value its value, as its {@code String.valueOf}
   * @return the changed copy
   */
  public SimulatedAnswer withHeader(String name, Object value) {
    Objects.requireNonNull(name, "name");
    String text = String.valueOf(value);
    if (name.isBlank() || (name + text).indexOf('\r') >= 0 || (name + text).indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a header's name must not be blank, and neither name nor value may hold a "
          + "line break: " + name);
    }
    Parts parts = parts();
    parts.headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    parts.headers.put(name, List.of(text));
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer with another body.
   *
   * @param utf8 the body, sent as UTF-8
   * @return the changed copy
   */
  public SimulatedAnswer withBody(String utf8) {
    return withBody(utf8.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * This answer with another body.
   *
   * @param bytes the body; copied
   * @return the changed copy
   */
  public SimulatedAnswer withBody(byte[] bytes) {
    Parts parts = parts();
    parts.body = bytes.clone();
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer with its body sent in chunks ({@code Transfer-Encoding: chunked}), without a length.
   *
   * @return the changed copy
   */
  public SimulatedAnswer chunked() {
    Parts parts = parts();
    parts.chunked = true;
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer with its head sent only after {@code delay}.
   *
   * @param delay how long to wait; not negative
   * @return the changed copy
   */
  public SimulatedAnswer withHeadDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    Parts parts = parts();
    parts.headDelay = delay;
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer with its body sent {@code bytes} at a time, one portion each {@code period}.
   *
   * @param bytes how many bytes each period; at least 1
   * @param period the pause after each portion; positive
   * @return the changed copy
   */
  public SimulatedAnswer throttled(int bytes, Duration period) {
    if (bytes < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a throttle needs at least a byte per positive period, was " + bytes
          + " per " + period);
    }
    Parts parts = parts();
    parts.throttleBytes = bytes;
    parts.throttlePeriod = period;
    return new SimulatedAnswer(parts);
  }

  /**
   * This answer broken off: its head announces the whole body, half of it is sent, then the connection closes.
   *
   * @return the changed copy
   */
  public SimulatedAnswer brokenOffMidBody() {
    return delivered(Delivery.BROKEN_OFF_MID_BODY);
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The headers set, in the order set.
   *
   * @return an unmodifiable map of each name to its values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return a copy of its bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /** The status, the body's length and how it is sent, for messages: never the body itself. */
  @Override
  public String toString() {
    List<String> traits = new ArrayList<>();
    traits.add(streamed != null ? "streamed" : body.length + " bytes");
    if (chunked) {
      traits.add("chunked");
    }
    if (!headDelay.isZero()) {
      traits.add("head after " + headDelay);
    }
    if (throttleBytes > 0) {
      traits.add(throttleBytes + " bytes per " + throttlePeriod);
    }
    if (delivery != Delivery.WHOLE) {
      traits.add(delivery.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return "SimulatedAnswer[" + status + ", " + String.join(", ", traits) + "]";
  }

  byte[] bodyBytes() {
    return body;
  }

  boolean isChunked() {
    return chunked;
  }

  Duration headDelay() {
    return headDelay;
  }

  int throttleBytes() {
    return throttleBytes;
  }

  Duration throttlePeriod() {
    return throttlePeriod;
  }

  Delivery delivery() {
    return delivery;
  }

  StreamedBody streamed() {
    return streamed;
  }

  private SimulatedAnswer delivered(Delivery how) {
    Parts parts = parts();
    parts.delivery = how;
    return new SimulatedAnswer(parts);
  }

  private Parts parts() {
    Parts parts = new Parts();
    parts.status = status;
    parts.headers.putAll(headers);
    parts.body = body;
    parts.chunked = chunked;
    parts.headDelay = headDelay;
    parts.throttleBytes = throttleBytes;
    parts.throttlePeriod = throttlePeriod;
    parts.delivery = delivery;
    parts.streamed = streamed;
    return parts;
  }

  /** The parts of an answer while one is made. */
  private static final class Parts {
    int status;
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    byte[] body = new byte[0];
    boolean chunked;
    Duration headDelay = Duration.ZERO;
    int throttleBytes;
    Duration throttlePeriod = Duration.ZERO;
    Delivery delivery = Delivery.WHOLE;
    StreamedBody streamed;
  }
}
