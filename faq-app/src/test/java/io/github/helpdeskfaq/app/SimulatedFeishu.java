package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared {@link FeishuSimulator}, set up for the program's end-to-end tests: the app's credentials, the demo
 * FAQs and their image, and one FAQ id per kind of failure. Answers are the files under
 * {@code src/test/resources/feishu}.
 */
final class SimulatedFeishu {

  static final Credentials CREDENTIALS = new Credentials("cli_e2e_app", "app-secret-e2e-never-printed",
      "6936004780707807251", "helpdesk-token-e2e-never-printed");
  /** A tenant token that the simulator accepts, as if fetched elsewhere. */
  static final String TENANT_TOKEN = "t-test";
  /**
   * A FAQ in the documented rich-text shape: a line break, a link whose URL has spaces and parentheses, the demo
   * image under its key, an element of a type the program does not know, and an image whose key {@code ImageKey}
   * refuses.
   */
  static final String RICH_TEXT_FAQ = "7000000000000000003";
  /** An image whose transfer breaks off after half of its bytes. */
  static final String BROKEN_IMAGE_KEY = "img_cut";
  /** A FAQ id whose answer echoes the app secret in its message, as a careless gateway might. */
  static final String ECHOING_FAQ = "echo";
  /** A FAQ id refused because the app lacks a scope: the error body names it, with help and the log id. */
  static final String SCOPE_MISSING_FAQ = "scoped";
  /** The log id of the refusal of {@link #SCOPE_MISSING_FAQ}, in its body (its header has none). */
  static final String SCOPE_MISSING_LOG_ID = "20250101120000B1C2D3E4F5A6B7C8D9E0";
  /** A FAQ id answered with the seed FAQ and an {@code X-Tt-Logid} header, {@link #LOG_ID}. */
  static final String LOGGED_FAQ = "logged";
  /** The log id of {@link #LOGGED_FAQ}'s answer. */
  static final String LOG_ID = "20250101120000F0E1D2C3B4A5968778A1";

  private SimulatedFeishu() {}

  /**
   * The environment of the program configured for a simulator: the Feishu adapter, the simulator's address and its
   * app's credentials. A new map, for a test to add its own settings to.
   */
  static Map<String, String> environment(FeishuSimulator feishu) {
    Credentials credentials = feishu.credentials();
    Map<String, String> env = new HashMap<>();
    env.put("FAQ_ADAPTER", "feishu");
    env.put("FEISHU_BASE_URL", feishu.baseUrl());
    env.put("FEISHU_APP_ID", credentials.appId());
    env.put("FEISHU_APP_SECRET", credentials.appSecret());
    env.put("FEISHU_HELPDESK_ID", credentials.helpdeskId());
    env.put("FEISHU_HELPDESK_TOKEN", credentials.helpdeskToken());
    return env;
  }

  /** Starts the simulator with the demo data and the failing ids. */
  static FeishuSimulator start() {
    FeishuSimulator feishu = FeishuSimulator.start(CREDENTIALS);
    feishu.acceptToken(TENANT_TOKEN);
    feishu.faq(Demo.SEED_FAQ, text("faq-" + Demo.SEED_FAQ + ".json"))
        .faq(Demo.IMAGE_FAQ, text("faq-" + Demo.IMAGE_FAQ + ".json"))
        .faq(RICH_TEXT_FAQ, text("faq-" + RICH_TEXT_FAQ + ".json"))
        .answerFaq("denied", () -> json(403, "error-154003.json"))
        .answerFaq("rejected", () -> json(400, "error-154000.json"))
        .answerFaq("broken", () -> json(500, "error-155000.json"))
        .answerFaq("throttled", () -> json(429, "error-99991400.json").withHeader("x-ogw-ratelimit-reset", "7"))
        .answerFaq("novel", () -> json(200, "error-1234567.json"))
        .answerFaq(SCOPE_MISSING_FAQ, () -> json(400, "error-99991672.json"))
        .answerFaq(LOGGED_FAQ, () -> json(200, "faq-" + Demo.SEED_FAQ + ".json").withHeader("X-Tt-Logid", LOG_ID))
        .answerFaq("gateway", () -> SimulatedAnswer.of(502).withHeader("Content-Type", "text/html")
            .withBody(text("bad-gateway.html")))
        .answerFaq("garbage", () -> SimulatedAnswer.of(200)
            .withHeader("Content-Type", "application/json").withBody(text("not-json.txt")))
        .answerFaq("silent", FeishuResponses::noResponse)
        .answerFaq(ECHOING_FAQ, () -> FeishuResponses.json(200, "{\"code\":1234567,\"msg\":\"app secret "
            + CREDENTIALS.appSecret() + " is not for this tenant\"}"))
        .image(Demo.IMAGE_FAQ, Demo.IMAGE_KEY, "image/png", Demo.imageBytes())
        .image(RICH_TEXT_FAQ, Demo.IMAGE_KEY, "image/png", Demo.imageBytes())
        .answerImage(Demo.IMAGE_FAQ, BROKEN_IMAGE_KEY, () -> FeishuResponses.image("image/png", new byte[256 * 1024])
            .brokenOffMidBody());
    return feishu;
  }

  private static SimulatedAnswer json(int status, String file) {
    return FeishuResponses.json(status, text(file));
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
