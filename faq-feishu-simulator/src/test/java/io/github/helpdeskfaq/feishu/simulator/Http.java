package io.github.helpdeskfaq.feishu.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The JDK's HTTP client against a simulator, with a token it accepts and its helpdesk header. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final FeishuSimulator feishu;
  private final String token;

  Http(FeishuSimulator feishu) {
    this.feishu = feishu;
    this.token = feishu.grantToken();
  }

  /** An authorized GET of a path below the base URL, for example {@code open-apis/helpdesk/v1/faqs}. */
  HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(feishu.baseUrl() + path))
        .header("Authorization", "Bearer " + token)
        .header("X-Lark-Helpdesk-Authorization", feishu.credentials().helpdeskAuthorization()).GET().build());
  }

  /** The body of an authorized GET, as text. */
  String text(String path) {
    return new String(get(path).body(), StandardCharsets.UTF_8);
  }

  static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", interrupted);
    }
  }
}
