package io.github.helpdeskfaq.domain;

import java.util.Objects;

/** The validation of the ids that callers send to look things up; messages name the field and show the value safely. */
final class Identifiers {

  static final int MAX_LENGTH = 128;
  private static final int MAX_SHOWN_LENGTH = 40;

  private Identifiers() {}

  /**
   * Accepts a value in the form of the helpdesk's ids: ASCII letters, digits, {@code -}, {@code _} and {@code .}, at
   * most 128 characters, and neither {@code .} nor {@code ..} alone. An allow-list rather than a deny-list, so that
   * look-alike and invisible characters (right-to-left marks, emoji, control characters) and anything that could
   * change the meaning of a request (a slash, a percent sign) cannot slip through.
   */
  static String requireWellFormed(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isBlank()) {
      throw invalid(field, value, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw invalid(field, value,
          "must be at most " + MAX_LENGTH + " characters long, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw invalid(field, value, "must not have leading or trailing whitespace");
    }
    if (value.equals(".") || value.equals("..")) {
      throw invalid(field, value, "must not be '.' or '..'");
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!isAllowed(cp)) {
        throw invalid(field, value, "must not contain " + describe(cp) + " (at index " + i
            + "); allowed are ASCII letters, digits, '-', '_' and '.'");
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  private static boolean isAllowed(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
        || cp == '-' || cp == '_' || cp == '.';
  }

  private static IllegalArgumentException invalid(String field, String value, String reason) {
    return new IllegalArgumentException(field + " " + show(value) + " " + reason);
  }

  /** Quotes a value for a message: escapes what is not printable ASCII and shortens what is long. */
  static String show(String value) {
    StringBuilder shown = new StringBuilder("\"");
    int end = Math.min(value.length(), MAX_SHOWN_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        shown.append(c);
      } else {
        shown.append(String.format("\\u%04x", (int) c));
      }
    }
    shown.append('"');
    if (value.length() > end) {
      shown.append("... (").append(value.length()).append(" characters)");
    }
    return shown.toString();
  }

  private static String describe(int cp) {
    String name = Character.getName(cp);
    String hex = String.format("U+%04X", cp);
    if (cp >= 0x20 && cp < 0x7f) {
      return "'" + (char) cp + "'";
    }
    return name == null ? hex : hex + " " + name;
  }
}
