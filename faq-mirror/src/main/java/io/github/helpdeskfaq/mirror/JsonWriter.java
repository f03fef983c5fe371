package io.github.helpdeskfaq.mirror;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes JSON text into a {@link StringBuilder}. With an indent, every member and element is on a line of its own,
 * indented by its depth, a name followed by {@code ": "}; without one, everything is on one line, a name followed by
 * {@code ":"}. An empty array or object is {@code []} or {@code {}} either way. Strings escape {@code "}, {@code \},
 * the control characters ({@code \n}, {@code \t}, ... or {@code \u001f}) and U+2028 and U+2029, and nothing else.
 * Nulls are written, never skipped. Numbers are written as their {@code toString()}.
 *
 * <p>Not thread-safe. A call out of place (a value where a name belongs, a second top-level value) is a bug, and an
 * {@link IllegalStateException}.
 */
final class JsonWriter {

  private static final int EMPTY_DOCUMENT = 0;
  private static final int NONEMPTY_DOCUMENT = 1;
  private static final int EMPTY_ARRAY = 2;
  private static final int NONEMPTY_ARRAY = 3;
  private static final int EMPTY_OBJECT = 4;
  private static final int DANGLING_NAME = 5;
  private static final int NONEMPTY_OBJECT = 6;

  /** The escape of each ASCII character that needs one; null for those written as they are. */
  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
  }

  private final StringBuilder out;
  private final String indent;
  private final String separator;
  private int[] scopes = new int[16];
  private int depth;

  /**
   * A writer of one JSON value.
   *
   * @param indent the indent of one level, or {@code ""} for everything on one line
   */
  JsonWriter(StringBuilder out, String indent) {
    this.out = Objects.requireNonNull(out, "out");
    this.indent = Objects.requireNonNull(indent, "indent");
    this.separator = indent.isEmpty() ? ":" : ": ";
    push(EMPTY_DOCUMENT);
  }

  JsonWriter beginArray() {
    return open(EMPTY_ARRAY, '[');
  }

  JsonWriter endArray() {
    return close(EMPTY_ARRAY, NONEMPTY_ARRAY, ']');
  }

  JsonWriter beginObject() {
    return open(EMPTY_OBJECT, '{');
  }

  JsonWriter endObject() {
    return close(EMPTY_OBJECT, NONEMPTY_OBJECT, '}');
  }

  /** The name of the next member of the object begun last. */
  JsonWriter name(String name) {
    int scope = scopes[depth - 1];
    if (scope == NONEMPTY_OBJECT) {
      out.append(',');
    } else if (scope != EMPTY_OBJECT) {
      throw new IllegalStateException("a name outside an object, or two in a row: " + name);
    }
    newline();
    scopes[depth - 1] = DANGLING_NAME;
    string(name);
    return this;
  }

  /** A string, or {@code null}. */
  JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    string(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /**
   * A JSON value as Java holds one: a {@code Map} with string keys, a {@code List}, a {@code String}, a
   * {@code Boolean}, a finite {@code Number} or {@code null}, nested as deep as they come.
   *
   * @throws IllegalArgumentException if the value, or one inside it, is none of these
   */
  JsonWriter jsonValue(Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof String text) {
      return value(text);
    }
    if (value instanceof Map<?, ?> object) {
      beginObject();
      for (Map.Entry<?, ?> member : object.entrySet()) {
        if (!(member.getKey() instanceof String name)) {
          throw new IllegalArgumentException("a JSON object's keys are strings, not " + member.getKey());
        }
        name(name).jsonValue(member.getValue());
      }
      return endObject();
    }
    if (value instanceof List<?> list) {
      beginArray();
      list.forEach(this::jsonValue);
      return endArray();
    }
    if (value instanceof Boolean || value instanceof Number) {
      beforeValue();
      out.append(value);
      return this;
    }
    throw new IllegalArgumentException("not a JSON value: a " + value.getClass().getName());
  }

  private JsonWriter open(int empty, char bracket) {
    beforeValue();
    push(empty);
    out.append(bracket);
    return this;
  }

  private JsonWriter close(int empty, int nonempty, char bracket) {
    int scope = scopes[depth - 1];
    if (scope != empty && scope != nonempty) {
      throw new IllegalStateException("'" + bracket + "' does not close what was begun last");
    }
    depth--;
    if (scope == nonempty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    switch (scopes[depth - 1]) {
      case EMPTY_DOCUMENT -> scopes[depth - 1] = NONEMPTY_DOCUMENT;
      case EMPTY_ARRAY -> {
        scopes[depth - 1] = NONEMPTY_ARRAY;
        newline();
      }
      case NONEMPTY_ARRAY -> {
        out.append(',');
        newline();
      }
      case DANGLING_NAME -> {
        out.append(separator);
        scopes[depth - 1] = NONEMPTY_OBJECT;
      }
      default -> throw new IllegalStateException("a value where a name or nothing more belongs");
    }
  }

  /** A line break and the indent of the current depth; nothing without an indent. */
  private void newline() {
    if (indent.isEmpty()) {
      return;
    }
    out.append('\n');
    for (int level = 1; level < depth; level++) {
      out.append(indent);
    }
  }

  private void push(int scope) {
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
    }
    scopes[depth++] = scope;
  }

  private void string(String value) {
    out.append('"');
    int last = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escape = c < ESCAPES.length ? ESCAPES[c] : c == '\u2028' ? "\\u2028" : c == '\u2029' ? "\\u2029" : null;
      if (escape != null) {
        out.append(value, last, i).append(escape);
        last = i + 1;
      }
    }
    out.append(value, last, value.length()).append('"');
  }
}
