package io.github.helpdeskfaq.mirror;

import java.util.Random;

/**
 * Text made from a fixed seed for the property tests of what the mirror reads: the same inputs on every run, so
 * that a failure names its input and reproduces (the convention of faq-domain's {@code Generated}, whose test
 * classes this module does not see). Any text mixes ASCII, controls, whitespace, separators, the rest of the BMP and
 * lone surrogates; Markdown-like text leans on the characters that Markdown gives a meaning.
 */
final class GeneratedText {

  /** How many inputs each property is tried with, as in faq-domain. */
  static final int TRIES = 300;
  private static final long SEED = 25;
  private static final String SPECIAL = " \t\n\r\u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\u202e\ufeff./\\%\"'";
  /** Markdown's punctuation, doubled where a pair means more (a link, an escape, a hard break). */
  private static final String MARKDOWN = "\\\\[[]]((!)<>*_`~#|&-+=.:0123456789 \n\n\r";

  private final Random random;

  private GeneratedText(Random random) {
    this.random = random;
  }

  /** A generator that starts from the fixed seed. */
  static GeneratedText fromSeed() {
    return new GeneratedText(new Random(SEED));
  }

  /** The generator's own random numbers, for a test's other choices: they stay in step with the text. */
  Random random() {
    return random;
  }

  /** Any text, lengths from 0 to {@code maxLength}. */
  String anyText(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(anyChar());
    }
    return text.toString();
  }

  /** Text that is mostly Markdown's punctuation and line breaks, with words and any character between. */
  String markdownLike(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0, 1 -> text.append(MARKDOWN.charAt(random.nextInt(MARKDOWN.length())));
        case 2 -> text.append((char) ('a' + random.nextInt(26)));
        default -> text.append(anyChar());
      }
    }
    return text.toString();
  }

  /** Any printable character: neither a control, a surrogate nor whitespace other than the space. */
  char printable() {
    while (true) {
      char c = random.nextInt(3) == 0 ? MARKDOWN.charAt(random.nextInt(MARKDOWN.length())) : anyChar();
      if (!Character.isISOControl(c) && !Character.isSurrogate(c) && (c == ' ' || !Character.isWhitespace(c))) {
        return c;
      }
    }
  }

  /** Any bytes, lengths from 0 to {@code maxLength}. */
  byte[] anyBytes(int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  private char anyChar() {
    switch (random.nextInt(5)) {
      case 0:
        return (char) (0x20 + random.nextInt(0x5f));
      case 1:
        return SPECIAL.charAt(random.nextInt(SPECIAL.length()));
      case 2:
        return (char) random.nextInt(0x20);
      case 3:
        return (char) (0xd800 + random.nextInt(0x800));
      default:
        return (char) random.nextInt(0x10000);
    }
  }
}
