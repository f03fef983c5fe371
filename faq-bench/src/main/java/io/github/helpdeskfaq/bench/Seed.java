package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * What every client asks for and the server answers: the FAQ of Feishu's published example (the seed document) and
 * one 64 MiB image of it, with made-up credentials that the server checks.
 */
final class Seed {

  static final String FAQ_ID = "6936004780707807231";
  static final FaqId FAQ = FaqId.of(FAQ_ID);
  static final String IMAGE_KEY_VALUE = "img_b07ffac0-19c1-48a3-afca-599f8ea825fj";
  static final ImageKey IMAGE_KEY = ImageKey.of(IMAGE_KEY_VALUE);
  static final String IMAGE_CONTENT_TYPE = "image/png";
  static final int IMAGE_SIZE = 64 * 1024 * 1024;
  /** The question of the seed FAQ: each client's answer is checked against it before anything is measured. */
  static final String QUESTION = "问题";

  static final String APP_ID = "cli_bench";
  static final String APP_SECRET = "bench-app-secret";
  static final String HELPDESK_ID = "6936004780707807251";
  static final String HELPDESK_TOKEN = "bench-helpdesk-token";
  static final String TENANT_TOKEN = "t-bench";

  /**
   * How the FAQ's JSON is sent: {@code compact} (the default), as Feishu's servers send JSON, or {@code pretty}, as
   * the API document prints it (indented by four spaces: 1,683 bytes instead of 898). Set on the suite's JVM, it is
   * passed on to every fork.
   */
  static final String JSON_PROPERTY = "faqbench.json";

  private static final String FAQ_RESOURCE = "faq-" + FAQ_ID + ".json";

  private Seed() {}

  /**
   * The FAQ-detail answer, byte for byte as the server sends it: the fixture of the adapter's tests (the API
   * document's example, pretty-printed), compacted unless {@link #JSON_PROPERTY} says {@code pretty}.
   */
  static byte[] faqJson() {
    byte[] pretty;
    try (InputStream in = Seed.class.getResourceAsStream(FAQ_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FAQ_RESOURCE);
      }
      pretty = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return prettyJson() ? pretty : compact(pretty);
  }

  /** Whether the FAQ is sent pretty-printed, as {@link #JSON_PROPERTY} says. */
  static boolean prettyJson() {
    String form = System.getProperty(JSON_PROPERTY, "compact");
    if (!form.equals("compact") && !form.equals("pretty")) {
      throw new IllegalArgumentException(JSON_PROPERTY + " must be compact or pretty, was " + form);
    }
    return form.equals("pretty");
  }

  /**
   * JSON without the whitespace between its tokens; strings are kept as they are. Byte by byte: the bytes of a
   * multi-byte UTF-8 character are never ASCII, so they can be neither whitespace nor a quote.
   */
  static byte[] compact(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
    boolean inString = false;
    boolean escaped = false;
    for (byte b : json) {
      if (escaped) {
        escaped = false;
      } else if (inString) {
        escaped = b == '\\';
        inString = b != '"';
      } else if (b == '"') {
        inString = true;
      } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /** The seed FAQ as the domain record, read with the adapter's own lenient reader: what the fake is seeded with. */
  static Faq faq() {
    return FeishuFaqDocuments.read(new ByteArrayInputStream(faqJson())).get(0);
  }

  /** The image: deterministic, incompressible, {@link #IMAGE_SIZE} bytes. Allocates them; call once per JVM. */
  static byte[] image() {
    byte[] bytes = new byte[IMAGE_SIZE];
    new SplittableRandom(20260101L).nextBytes(bytes);
    return bytes;
  }
}
