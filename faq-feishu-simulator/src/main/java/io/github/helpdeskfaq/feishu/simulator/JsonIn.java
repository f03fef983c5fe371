package io.github.helpdeskfaq.feishu.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for the token request's body and for FAQ documents: one value, nothing but
 * whitespace after it. Objects become {@code LinkedHashMap}s in document order (a repeated name keeps its first
 * place and its last value), arrays {@code ArrayList}s, strings {@code String}s, {@code true} and {@code false}
 * {@code Boolean}s, {@code null} a Java {@code null}, and numbers a {@link NumberLiteral} that keeps the literal as
 * written, so that each reader decides what a number means where it stands.
 */
final class JsonIn {

  /** Deeper than any document the platform sends; keeps a hostile one from overflowing the stack. */
  private static final int MAX_DEPTH = 256;

  /** A JSON number as written, for example {@code 1596379008} or {@code 2.50}. */
  record NumberLiteral(String literal) {}

  private final String text;
  private int at;
  private int depth;

  private JsonIn(String text) {
    this.text = text;
  }

  /**
   * Reads a whole document.
   *
   * @return the value: a {@code Map<String, Object>}, a {@code List<Object>}, a {@code String}, a {@code Boolean}, a
   *     {@link NumberLiteral} or {@code null}
   * @throws IllegalArgumentException if the text is not exactly one JSON value; the message says where
   */
  static Object read(String text) {
    JsonIn in = new JsonIn(text);
    Object value = in.value();
    in.skipWhitespace();
    if (in.at < text.length()) {
      throw in.error("more data follows the first JSON value");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (at >= text.length()) {
      throw error("the JSON ends too early (truncated?)");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || c >= '0' && c <= '9') {
          yield number();
        }
        throw error("unexpected character '" + printable(c) + "'");
      }
    };
  }

  private Map<String, Object> object() {
    enter();
    at++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      at++;
      depth--;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member's name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      members.put(name, value());
      skipWhitespace();
      char next = peek();
      at++;
      if (next == '}') {
        depth--;
        return members;
      }
      if (next != ',') {
        throw error("expected ',' or '}' in an object", at - 1);
      }
    }
  }

  private List<Object> array() {
    enter();
    at++;
    List<Object> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      at++;
      depth--;
      return elements;
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      char next = peek();
      at++;
      if (next == ']') {
        depth--;
        return elements;
      }
      if (next != ',') {
        throw error("expected ',' or ']' in an array", at - 1);
      }
    }
  }

  private String string() {
    at++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("the JSON ends too early (truncated?) in a string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        throw error("an unescaped control character in a string", at - 1);
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("the JSON ends too early (truncated?) in a string");
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> value.append(unicodeEscape());
        default -> throw error("an invalid escape '\\" + printable(escaped) + "'", at - 2);
      }
    }
  }

  private char unicodeEscape() {
    if (at + 4 > text.length()) {
      throw error("the JSON ends too early (truncated?) in a \\u escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(at + i), 16);
      if (digit < 0) {
        throw error("an invalid \\u escape", at - 2);
      }
      code = code * 16 + digit;
    }
    at += 4;
    return (char) code;
  }

  private NumberLiteral number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      throw error("a number without digits", start);
    }
    if (peek() == '.') {
      at++;
      if (!digits()) {
        throw error("a number without digits after its point", start);
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw error("a number without digits in its exponent", start);
      }
    }
    return new NumberLiteral(text.substring(start, at));
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected character '" + printable(text.charAt(at)) + "'");
    }
    at += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " deep");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  /** The next character, or U+FFFF at the end (which no rule expects). */
  private char peek() {
    return at < text.length() ? text.charAt(at) : '\uffff';
  }

  private void skipWhitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return error(what, at);
  }

  private IllegalArgumentException error(String what, int offset) {
    if (offset >= text.length() && !what.contains("ends too early")) {
      what = "the JSON ends too early (truncated?): " + what;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException(what + " at line " + line + ", column " + column);
  }

  private static String printable(char c) {
    return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
