package io.github.helpdeskfaq.adapter.feishu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources}. */
final class Fixtures {

  /** Feishu's published example response for FAQ {@code 6936004780707807231}, as the documentation shows it. */
  static final String KNOWN_FAQ = "fixtures/faq-6936004780707807231.json";
  /** A response with the quirks real gateways send: strings for numbers, encoded rich text, nulls, unknowns. */
  static final String LENIENT_FAQ = "fixtures/faq-lenient.json";

  private Fixtures() {}

  static InputStream stream(String name) {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    return in;
  }

  static String text(String name) {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
