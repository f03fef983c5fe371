package io.github.helpdeskfaq.domain.change;

import java.util.List;
import java.util.Objects;

/** The checks of the texts a writer sends; messages name the field. */
final class Texts {

  private Texts() {}

  /** A one-line text (a question, a tag, a name): not blank, no control character. */
  static String requireLine(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int at = firstControl(value, false);
    if (at >= 0) {
      throw new IllegalArgumentException(field + " must be one line without control characters; found U+"
          + String.format("%04X", (int) value.charAt(at)) + " at index " + at);
    }
    return value;
  }

  /** A text of several lines (a plain-text answer): not blank; tabs and line breaks allowed, no other control. */
  static String requireText(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int at = firstControl(value, true);
    if (at >= 0) {
      throw new IllegalArgumentException(field + " must not contain control characters other than tabs and line "
          + "breaks; found U+" + String.format("%04X", (int) value.charAt(at)) + " at index " + at);
    }
    return value;
  }

  /** Tags: each one a line, no repeats; copied. */
  static List<String> requireTags(List<String> tags) {
    Objects.requireNonNull(tags, "tags must not be null");
    List<String> copy = List.copyOf(tags);
    for (String tag : copy) {
      requireLine("a tag", tag);
    }
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("tags must not repeat: " + copy.size() + " tags, "
          + copy.stream().distinct().count() + " different");
    }
    return copy;
  }

  private static int firstControl(String value, boolean lineBreaksAllowed) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t');
      if (!allowed && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
        return i;
      }
    }
    return -1;
  }
}
