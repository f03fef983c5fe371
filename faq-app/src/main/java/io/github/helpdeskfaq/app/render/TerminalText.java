package io.github.helpdeskfaq.app.render;

import java.util.Locale;

/**
 * Makes text from a FAQ, a server or a file name safe to print on a terminal: every character that could move the
 * cursor, change colours, clear the screen or reorder what follows is shown as a visible escape, a backslash,
 * {@code u} and its four hex digits (ESC becomes backslash-u001b, RIGHT-TO-LEFT OVERRIDE backslash-u202e).
 * Escaped: the control characters (U+0000–U+001F, U+007F–U+009F), the bidirectional formatting characters (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029). Kept: line
 * feeds, {@code CR LF} pairs and tabs, so multi-line text keeps its layout; a backslash in the text stays as it is.
 */
public final class TerminalText {

  private TerminalText() {}

  /** The text with every character that could drive the terminal replaced by its visible escape. */
  public static String escape(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean layout = c == '\n' || c == '\t' || (c == '\r' && text.startsWith("\n", i + 1));
      if (layout || !drivesTheTerminal(c)) {
        if (safe != null) {
          safe.append(c);
        }
        continue;
      }
      if (safe == null) {
        safe = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return safe == null ? text : safe.toString();
  }

  private static boolean drivesTheTerminal(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028' || c == '\u2029';
  }
}
