package io.github.helpdeskfaq.adapter.feishu;

import java.math.BigInteger;
import java.util.Random;

/**
 * JSON values made from a fixed seed for the property tests of what reads Feishu's JSON: the same values on every
 * run, so that a failure names its input and reproduces (the convention of faq-domain's {@code Generated}, whose
 * test classes this module does not see). Each value is valid JSON text: strings of any characters (controls, lone
 * surrogates, escapes), strings holding numbers or JSON, numbers whole, negative, fractional, huge and with huge
 * exponents, the {@code long} and {@code Instant} limits, booleans, {@code null}, arrays, objects, rich-text-like
 * objects and nesting deeper than any reader allows.
 */
final class GeneratedJson {

  /** How many inputs each property is tried with, as in faq-domain. */
  static final int TRIES = 300;
  private static final long SEED = 25;
  private static final String SPECIAL = " \t\n\r\u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\u202e\ufeff./\\%\"'";
  private static final String NUMBERISH = "0123456789+-.eE ";
  private static final String[] LIMITS = {"9223372036854775807", "-9223372036854775808", "9223372036854775808",
      "-9223372036854775809", "31556889864403199", "31556889864403200", "-31557014167219200", "-31557014167219201",
      "0", "-0", "1.0", "1.", "1e3", "1E-7", "1e9999999999", "-1e-9999999999", "0.000", "12345678901234567890"};
  private static final String[] RICH_TEXT_TYPES = {"text", "hyperlink", "img", "TEXT", "", "unknown"};
  private static final String[] RICH_TEXT_FIELDS = {"type", "content", "text", "url", "key", "src", "width",
      "height"};

  private final Random random;

  private GeneratedJson(Random random) {
    this.random = random;
  }

  /** A generator that starts from the fixed seed. */
  static GeneratedJson fromSeed() {
    return new GeneratedJson(new Random(SEED));
  }

  /** The generator's own random numbers, for a test's other choices: they stay in step with the values. */
  Random random() {
    return random;
  }

  /** Any JSON value. */
  String value() {
    return value(0);
  }

  /** A JSON number or a string holding a number-like text: what the lenient number adapters see most. */
  String numberOrString() {
    String text = random.nextInt(3) == 0 ? LIMITS[random.nextInt(LIMITS.length)] : numberish();
    return random.nextBoolean() && isJsonNumber(text) ? text : quoted(text);
  }

  private String value(int depth) {
    int kinds = depth >= 3 ? 6 : 10;
    switch (random.nextInt(kinds)) {
      case 0:
        return quoted(anyText(40));
      case 1:
        return numberOrString();
      case 2:
        return number();
      case 3:
        return random.nextBoolean() ? "true" : "false";
      case 4:
        return "null";
      case 5:
        return quoted(random.nextBoolean() ? "" : " ".repeat(1 + random.nextInt(3)));
      case 6:
        return array(depth);
      case 7:
        return object(depth);
      case 8:
        return random.nextBoolean() ? richTextElement(depth) : quoted(value(depth + 1));
      default:
        return nested(1 + random.nextInt(300));
    }
  }

  private String number() {
    StringBuilder number = new StringBuilder();
    if (random.nextBoolean()) {
      number.append('-');
    }
    int digits = 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
    number.append(new BigInteger(digits * 4, random).toString());
    if (random.nextInt(3) == 0) {
      number.append('.').append(random.nextInt(3) == 0 ? "0" : Integer.toString(random.nextInt(1000)));
    }
    if (random.nextInt(4) == 0) {
      number.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "")
          .append(random.nextInt(3) == 0 ? Long.toString(random.nextLong() & Long.MAX_VALUE)
              : Integer.toString(random.nextInt(30)));
    }
    return number.toString();
  }

  private String numberish() {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(8) == 0 ? anyChar() : NUMBERISH.charAt(random.nextInt(NUMBERISH.length())));
    }
    return text.toString();
  }

  private String array(int depth) {
    StringBuilder array = new StringBuilder("[");
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      array.append(i == 0 ? "" : ",").append(value(depth + 1));
    }
    return array.append(']').toString();
  }

  private String object(int depth) {
    StringBuilder object = new StringBuilder("{");
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      String name = random.nextBoolean() ? RICH_TEXT_FIELDS[random.nextInt(RICH_TEXT_FIELDS.length)] : anyText(8);
      object.append(i == 0 ? "" : ",").append(quoted(name)).append(':').append(value(depth + 1));
    }
    return object.append('}').toString();
  }

  /** An object shaped like a rich-text element: a documented type or not, documented fields of any kind. */
  private String richTextElement(int depth) {
    StringBuilder element = new StringBuilder("{\"type\":")
        .append(random.nextInt(4) == 0 ? value(depth + 1) : quoted(RICH_TEXT_TYPES[random.nextInt(6)]));
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      String field = RICH_TEXT_FIELDS[1 + random.nextInt(RICH_TEXT_FIELDS.length - 1)];
      element.append(',').append(quoted(field)).append(':')
          .append(random.nextBoolean() ? quoted(anyText(20)) : value(depth + 1));
    }
    return element.append('}').toString();
  }

  private String nested(int depth) {
    StringBuilder nested = new StringBuilder();
    boolean arrays = random.nextBoolean();
    nested.append((arrays ? "[" : "{\"a\":").repeat(depth)).append('1').append((arrays ? "]" : "}").repeat(depth));
    return nested.toString();
  }

  /** Any text: ASCII, controls, whitespace, separators, the rest of the BMP and lone surrogates. */
  String anyText(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(anyChar());
    }
    return text.toString();
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

  /** The text as a JSON string: controls and surrogates always escaped, other characters now and then. */
  String quoted(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || random.nextInt(16) == 0) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean isJsonNumber(String text) {
    return text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  }
}
