package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Text made from a fixed seed for the property tests of what the mirror reads: the same inputs on every run, so
 * that a failure names its input and reproduces (the convention of faq-domain's {@code Generated}, whose test
 * classes this module does not see). Any text mixes ASCII, controls, whitespace, separators, the rest of the BMP and
 * lone surrogates; Markdown-like text leans on the characters that Markdown gives a meaning; page rich text is what
 * a page can carry ({@link MarkdownRoundTripPropertyTest} says which). A good file the mirror wrote comes back with
 * bytes edited, or with one of its JSON values replaced.
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

  /**
   * Rich text that a page can carry, of one to five lines, each of one to four texts, links and images: texts and
   * links' texts of {@link #words}, never two texts in a row, one line break or two between lines and none first or
   * last, links to any {@link #url}, images of the given keys.
   */
  List<RichTextElement> pageRichText(List<ImageKey> images) {
    List<RichTextElement> elements = new ArrayList<>();
    int lines = 1 + random.nextInt(5);
    for (int line = 0; line < lines; line++) {
      if (line > 0) {
        elements.add(RichTextElement.text(""));
        if (random.nextInt(3) == 0) {
          elements.add(RichTextElement.text(""));
        }
      }
      int items = 1 + random.nextInt(4);
      boolean lastWasText = false;
      for (int item = 0; item < items; item++) {
        int kind = random.nextInt(lastWasText ? 2 : 3);
        lastWasText = kind == 2;
        if (kind == 0) {
          elements.add(RichTextElement.hyperlink(words(false, false), url()));
        } else if (kind == 1 && random.nextInt(3) == 0) {
          elements.add(RichTextElement.image(images.get(random.nextInt(images.size()))));
        } else if (kind == 1) {
          elements.add(RichTextElement.hyperlink(words(false, false), url()));
        } else {
          elements.add(RichTextElement.text(words(item > 0, item < items - 1)));
        }
      }
    }
    return elements;
  }

  /** {@link #printable} characters without a run of spaces; a space at either end only where asked for. */
  String words(boolean spaceFirst, boolean spaceLast) {
    StringBuilder words = new StringBuilder();
    int length = 1 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      char c = printable();
      boolean space = c == ' ';
      boolean atEnd = words.isEmpty() || i == length - 1;
      if (!space || !atEnd && words.charAt(words.length() - 1) != ' ') {
        words.append(c);
      }
    }
    if (words.isEmpty() || words.charAt(words.length() - 1) == ' ') {
      words.append('x');
    }
    return (spaceFirst && random.nextBoolean() ? " " : "") + words + (spaceLast && random.nextBoolean() ? " " : "");
  }

  /** Any {@link #printable} characters, spaces included, but whitespace at either end; often after {@code https://}. */
  String url() {
    StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "");
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      url.append(printable());
    }
    String stripped = url.toString().strip();
    return stripped.isEmpty() ? "x" : stripped;
  }

  /** Any bytes, lengths from 0 to {@code maxLength}. */
  byte[] anyBytes(int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** The bytes with one to three bytes removed, inserted or changed. */
  byte[] withBytesEdited(byte[] good) {
    byte[] bytes = good;
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(bytes.length);
      int how = random.nextInt(3);
      int kept = how == 1 ? at : at + 1;
      ByteArrayOutputStream edited = new ByteArrayOutputStream();
      edited.write(bytes, 0, at);
      if (how != 0) {
        edited.write(random.nextInt(256));
      }
      edited.write(bytes, kept, bytes.length - kept);
      bytes = edited.toByteArray();
    }
    return bytes;
  }

  /**
   * The JSON text with one of its values, the whole included, replaced: by any value, whose objects' names are often
   * one of {@code names}, or, when {@code reuse}, as often by another value that the text holds (a copy of a
   * member or an element, say); indented or not.
   */
  String withOneValueReplaced(String json, List<String> names, boolean reuse) {
    Object document = JsonReader.read(json);
    List<Object> values = new ArrayList<>();
    replaceAt(document, -1, null, values);
    int target = random.nextInt(values.size());
    Object replacement = reuse && random.nextBoolean() ? values.get(random.nextInt(values.size()))
        : anyValue(names, 0);
    Object replaced = replaceAt(document, target, replacement, new ArrayList<>());
    StringBuilder text = new StringBuilder();
    new JsonWriter(text, random.nextBoolean() ? "" : "  ").jsonValue(replaced);
    return text.toString();
  }

  /** The value with its {@code target}-th value in document order (itself first) replaced; each one in {@code seen}. */
  private static Object replaceAt(Object value, int target, Object replacement, List<Object> seen) {
    if (seen.size() == target) {
      seen.add(value);
      return replacement;
    }
    seen.add(value);
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> copy = new LinkedHashMap<>();
      object.forEach((name, member) -> copy.put((String) name, replaceAt(member, target, replacement, seen)));
      return copy;
    }
    if (value instanceof List<?> array) {
      List<Object> copy = new ArrayList<>();
      array.forEach(element -> copy.add(replaceAt(element, target, replacement, seen)));
      return copy;
    }
    return value;
  }

  /** Any JSON value as the mirror's reader gives one: text of any characters, any number, nesting too deep. */
  private Object anyValue(List<String> names, int depth) {
    switch (random.nextInt(depth >= 2 ? 5 : 8)) {
      case 0:
        return anyText(30);
      case 1:
        return new BigDecimal(new BigInteger(1 + random.nextInt(80), random), random.nextInt(41) - 20)
            .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
      case 2:
        return random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("1E+" + random.nextInt(Integer.MAX_VALUE));
      case 3:
        return random.nextBoolean();
      case 4:
        return null;
      case 5:
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(anyValue(names, depth + 1));
        }
        return array;
      case 6:
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.put(random.nextBoolean() ? names.get(random.nextInt(names.size())) : anyText(6),
              anyValue(names, depth + 1));
        }
        return object;
      default:
        Object nested = "deep";
        for (int i = 1 + random.nextInt(2 * JsonReader.MAX_DEPTH); i > 0; i--) {
          nested = List.of(nested);
        }
        return nested;
    }
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
