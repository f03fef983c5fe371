package io.github.helpdeskfaq.mirror;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into plain values: a {@code Map} of members in their order (a name given twice keeps
 * its last value), a {@code List}, a {@code String}, a {@link BigDecimal}, a {@code Boolean} or {@code null}. Strict:
 * one value, whitespace around it and nothing else, no comments, no trailing commas, no control character unescaped
 * in a string, at most {@value #MAX_DEPTH} arrays and objects inside one another.
 */
final class JsonReader {

  static final int MAX_DEPTH = 64;

  private final String text;
  private int at;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * Reads a JSON text.
   *
   * @return the value it holds
   * @throws IllegalArgumentException if it is not JSON, saying what is wrong and where
   */
  static Object read(String text) {
    JsonReader reader = new JsonReader(text);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.at < text.length()) {
      throw reader.malformed("nothing after the value");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (at >= text.length()) {
      throw malformed("a value");
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
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw malformed("a value");
      }
    };
  }

  private Map<String, Object> object() {
    enter();
    Map<String, Object> members = new LinkedHashMap<>();
    if (!consume('}')) {
      do {
        skipWhitespace();
        if (at >= text.length() || text.charAt(at) != '"') {
          throw malformed("a name in double quotes");
        }
        String name = string();
        expect(':');
        members.put(name, value());
      } while (consume(','));
      expect('}');
    }
    depth--;
    return members;
  }

  private List<Object> array() {
    enter();
    List<Object> elements = new ArrayList<>();
    if (!consume(']')) {
      do {
        elements.add(value());
      } while (consume(','));
      expect(']');
    }
    depth--;
    return elements;
  }

  /** Steps over the opening bracket. */
  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw malformed("at most " + MAX_DEPTH + " arrays and objects inside one another");
    }
    at++;
  }

  private String string() {
    at++;
    StringBuilder value = new StringBuilder();
    int start = at;
    while (true) {
      if (at >= text.length()) {
        throw malformed("the end of the string");
      }
      char c = text.charAt(at);
      if (c == '"') {
        value.append(text, start, at++);
        return value.toString();
      }
      if (c < 0x20) {
        throw malformed("no control character in a string");
      }
      if (c == '\\') {
        value.append(text, start, at);
        value.append(escape());
        start = at;
      } else {
        at++;
      }
    }
  }

  /** The character of the escape at {@code at}, which it steps over. */
  private char escape() {
    if (at + 1 >= text.length()) {
      throw malformed("an escape");
    }
    char kind = text.charAt(at + 1);
    at += 2;
    return switch (kind) {
      case '"', '\\', '/' -> kind;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (at + 4 > text.length()) {
          throw malformed("four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(text.charAt(at + i), 16);
          if (digit < 0) {
            throw malformed("four hex digits");
          }
          code = code * 16 + digit;
        }
        at += 4;
        yield (char) code;
      }
      default -> {
        at -= 2;
        throw malformed("an escape");
      }
    };
  }

  private BigDecimal number() {
    int start = at;
    accept('-');
    if (!accept('0')) {
      digits();
    }
    if (accept('.')) {
      digits();
    }
    if (accept('e') || accept('E')) {
      if (!accept('+')) {
        accept('-');
      }
      digits();
    }
    return new BigDecimal(text.substring(start, at));
  }

  /** Steps over {@code c} if it is the very next character. */
  private boolean accept(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw malformed("a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw malformed("a value");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw malformed("'" + c + "'");
    }
  }

  /** Steps over whitespace, then over {@code c} if it is next. */
  private boolean consume(char c) {
    skipWhitespace();
    return accept(c);
  }

  private void skipWhitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private IllegalArgumentException malformed(String expected) {
    return new IllegalArgumentException("not JSON: expected " + expected + " at character " + (at + 1));
  }
}
