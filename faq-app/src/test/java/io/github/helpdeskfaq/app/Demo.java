package io.github.helpdeskfaq.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled demo data, as the tests know it. */
final class Demo {

  /** The FAQ of Feishu's documentation. */
  static final String SEED_FAQ = "6936004780707807231";
  /** The FAQ whose answer shows an image. */
  static final String IMAGE_FAQ = "7000000000000000001";
  static final String IMAGE_KEY = "img_b07ffac0-19c1-48a3-afca-599f8ea825fj";
  static final String IMAGE_FILE = IMAGE_KEY + ".png";

  private Demo() {}

  static byte[] imageBytes() {
    try (InputStream png = FaqApp.class.getResourceAsStream("demo/" + IMAGE_FILE)) {
      return png.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
