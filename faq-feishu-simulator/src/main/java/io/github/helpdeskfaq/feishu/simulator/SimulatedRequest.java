package io.github.helpdeskfaq.feishu.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as {@link FeishuSimulator} received it, for tests to assert on ({@link FeishuSimulator#takeRequest()}):
 * its method, target and headers as sent, its body, and decoded views of its path and query. Immutable.
 */
public final class SimulatedRequest {

  private final String method;
  private final String target;
  private final String protocol;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final int sequenceNumber;

  SimulatedRequest(String method, String target, String protocol, String rawPath, String rawQuery,
      Map<String, List<String>> headers, byte[] body, int sequenceNumber) {
    this.method = method;
    this.target = target;
    this.protocol = protocol;
    this.rawPath = rawPath == null ? "" : rawPath;
    this.rawQuery = rawQuery;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
    this.sequenceNumber = sequenceNumber;
  }

  /**
   * The method.
   *
   * @return for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path with its query, as sent (percent-encoded): {@code /open-apis/helpdesk/v1/faqs?page_size=100}.
   *
   * @return the path and query
   */
  public String path() {
    return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
  }

  /**
   * The path without its query, as sent (percent-encoded).
   *
   * @return the path
   */
  public String encodedPath() {
    return rawPath;
  }

  /**
   * The path's segments, percent-decoded: {@code /open-apis/helpdesk/v1/faqs/1} is {@code open-apis},
   * {@code helpdesk}, {@code v1}, {@code faqs}, {@code 1}.
   *
   * @return the segments, in order
   */
  public List<String> pathSegments() {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.substring(rawPath.startsWith("/") ? 1 : 0).split("/", -1)) {
      segments.add(decode(segment, false));
    }
    return List.copyOf(segments);
  }

  /**
   * The query's parameters, decoded as a form ({@code +} is a space), in the order sent.
   *
   * @return each name with its values
   */
  public Map<String, List<String>> queryParameters() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
        parameters.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
      }
    }
    parameters.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(parameters);
  }

  /**
   * The first value of a query parameter, decoded.
   *
   * @param name the parameter's name
   * @return its first value, or {@code null} when the query has none of that name
   */
  public String queryParameter(String name) {
    List<String> values = queryParameters().get(name);
    return values == null ? null : values.get(0);
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any case
   * @return its first value, or {@code null} when the request has no such header
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every header.
   *
   * @return the headers, their names compared ignoring case
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return a copy of its bytes; empty when there was none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body's length.
   *
   * @return how many bytes it has
   */
  public int bodySize() {
    return body.length;
  }

  /**
   * The body, decoded as UTF-8.
   *
   * @return its text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The request line as sent, for example {@code GET /open-apis/helpdesk/v1/faqs/1 HTTP/1.1}; through a proxy the
   * target is the whole URL.
   *
   * @return the request line
   */
  public String requestLine() {
    return method + " " + target + " " + protocol;
  }

  /**
   * How many requests came before this one on its connection: 0 for a connection's first. Connections are told apart
   * by the client's address and port.
   *
   * @return the number
   */
  public int sequenceNumber() {
    return sequenceNumber;
  }

  /** The request line, for messages; no header, since headers carry credentials. */
  @Override
  public String toString() {
    return "SimulatedRequest[" + requestLine() + "]";
  }

  /** Percent-decodes as UTF-8, keeping a malformed escape as it is. */
  private static String decode(String encoded, boolean plusIsSpace) {
    if (encoded.indexOf('%') < 0 && !(plusIsSpace && encoded.indexOf('+') >= 0)) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
      int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
      if (c == '%' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        int codePoint = encoded.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
