package io.github.helpdeskfaq.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * A Feishu on 127.0.0.1 (a MockWebServer dispatcher) that answers as the Open Platform documents it: tenant tokens
 * for the right app credentials, both authorization headers checked on every helpdesk call, the demo FAQs and their
 * image, and one FAQ id per kind of failure. Answers are the files under {@code src/test/resources/feishu}.
 */
final class SimulatedFeishu extends Dispatcher {

  static final String APP_ID = "cli_e2e_app";
  static final String APP_SECRET = "app-secret-e2e-never-printed";
  static final String HELPDESK_ID = "6936004780707807251";
  static final String HELPDESK_TOKEN = "helpdesk-token-e2e-never-printed";
  static final String TENANT_TOKEN = "t-test";
  static final String HELPDESK_AUTHORIZATION = Base64.getEncoder()
      .encodeToString((HELPDESK_ID + ":" + HELPDESK_TOKEN).getBytes(StandardCharsets.UTF_8));

  static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  /** An image whose transfer breaks off after half of its bytes. */
  static final String BROKEN_IMAGE_KEY = "img_cut";
  /**
   * A FAQ in the documented rich-text shape: a line break, a link whose URL has spaces and parentheses, the demo
   * image under its key, an element of a type the program does not know, and an image whose key {@code ImageKey}
   * refuses.
   */
  static final String RICH_TEXT_FAQ = "7000000000000000003";
  /** A FAQ id whose answer echoes the app secret in its message, as a careless gateway might. */
  static final String ECHOING_FAQ = "echo";

  private static final Pattern FAQ_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)");
  private static final Pattern IMAGE_PATH = Pattern.compile("/open-apis/helpdesk/v1/faqs/([^/?]+)/image/([^/?]+)");

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath();
    if (TOKEN_PATH.equals(path) && "POST".equals(request.getMethod())) {
      String body = request.getBody().readUtf8();
      boolean rightApp = body.contains("\"" + APP_ID + "\"") && body.contains("\"" + APP_SECRET + "\"");
      return json(200, rightApp ? "token.json" : "token-10014.json");
    }
    if (!("Bearer " + TENANT_TOKEN).equals(request.getHeader("Authorization"))) {
      return json(400, "error-99991663.json");
    }
    if (!HELPDESK_AUTHORIZATION.equals(request.getHeader("X-Lark-Helpdesk-Authorization"))) {
      return json(401, "error-154001.json");
    }
    Matcher image = IMAGE_PATH.matcher(path);
    if (image.matches()) {
      return image(image.group(1), image.group(2));
    }
    Matcher faq = FAQ_PATH.matcher(path);
    if (faq.matches()) {
      return faq(faq.group(1));
    }
    return json(404, "error-154004.json");
  }

  private static MockResponse faq(String id) {
    return switch (id) {
      case Demo.SEED_FAQ, Demo.IMAGE_FAQ, RICH_TEXT_FAQ -> json(200, "faq-" + id + ".json");
      case "denied" -> json(403, "error-154003.json");
      case "rejected" -> json(400, "error-154000.json");
      case "broken" -> json(500, "error-155000.json");
      case "throttled" -> json(429, "error-99991400.json").addHeader("x-ogw-ratelimit-reset", "7");
      case "novel" -> json(200, "error-1234567.json");
      case "gateway" -> new MockResponse().setResponseCode(502).addHeader("Content-Type", "text/html")
          .setBody(text("bad-gateway.html"));
      case "garbage" -> new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json")
          .setBody(text("not-json.txt"));
      case "silent" -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
      case ECHOING_FAQ -> new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json")
          .setBody("{\"code\":1234567,\"msg\":\"app secret " + APP_SECRET + " is not for this tenant\"}");
      default -> json(404, "error-154004.json");
    };
  }

  private static MockResponse image(String faqId, String key) {
    if ((faqId.equals(Demo.IMAGE_FAQ) || faqId.equals(RICH_TEXT_FAQ)) && key.equals(Demo.IMAGE_KEY)) {
      return new MockResponse().setResponseCode(200).addHeader("Content-Type", "image/png")
          .setBody(new Buffer().write(Demo.imageBytes()));
    }
    if (key.equals(BROKEN_IMAGE_KEY)) {
      return new MockResponse().setResponseCode(200).addHeader("Content-Type", "image/png")
          .setBody(new Buffer().write(new byte[256 * 1024]))
          .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
    }
    return json(404, "error-154004.json");
  }

  private static MockResponse json(int status, String file) {
    return new MockResponse().setResponseCode(status).addHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(text(file));
  }

  private static String text(String file) {
    try (InputStream in = SimulatedFeishu.class.getResourceAsStream("/feishu/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no fixture feishu/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
