package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.ByteArrayInputStream;
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

  private static final String FAQ_RESOURCE = "faq-" + FAQ_ID + ".json";

  private Seed() {}

  /** The FAQ-detail answer, byte for byte as the server sends it (the fixture of the adapter's tests). */
  static byte[] faqJson() {
    try (InputStream in = Seed.class.getResourceAsStream(FAQ_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FAQ_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
