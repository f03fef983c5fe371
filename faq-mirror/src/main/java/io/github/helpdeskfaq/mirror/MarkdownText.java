package io.github.helpdeskfaq.mirror;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown (CommonMark) for text that comes from the helpdesk: text that reads as written and never turns into
 * markup, and link destinations that survive any character.
 */
final class MarkdownText {

  /** Characters with an inline meaning anywhere in a line; each gets a backslash. */
  private static final String INLINE_SPECIALS = "\\`*_[]<>#|~";
  /** An ordered-list marker at the start of a line: digits, then the {@code .} or {@code )} to escape. */
  private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
  /** A line break with the spaces around it. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");
  /** Characters a link destination cannot hold as they are: percent-encoded. */
  private static final String DESTINATION_SPECIALS = "()<>\\`";

  private MarkdownText() {}

  /**
   * Escapes text for use inside a line: {@code *}, {@code _}, {@code [}, {@code <}, {@code #} and the like get a
   * backslash, and so does an {@code &} that could start an entity.
   */
  static String inline(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean entity = c == '&' && i + 1 < text.length()
          && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#');
      if (INLINE_SPECIALS.indexOf(c) >= 0 || entity) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * Escapes what would make a line of {@link #inline} text a block: a leading {@code -}, {@code +} or {@code =}
   * (list item, setext underline, thematic break) and a leading {@code 1.} or {@code 1)} (ordered list).
   */
  static String lineStart(String line) {
    if (line.startsWith("-") || line.startsWith("+") || line.startsWith("=")) {
      return "\\" + line;
    }
    Matcher marker = ORDERED_LIST_MARKER.matcher(line);
    return marker.find() ? marker.replaceFirst("$1\\\\$2") : line;
  }

  /** Text on one line: stripped, and each line break with the spaces around it made one space. */
  static String oneLine(String text) {
    String stripped = text.strip();
    return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0 ? stripped
        : LINE_BREAK.matcher(stripped).replaceAll(" ");
  }

  /**
   * A link destination for {@code [text](...)} or {@code ![alt](...)}: spaces, control characters, parentheses,
   * angle brackets, backslashes and backticks percent-encoded (as UTF-8), everything else as it is.
   */
  static String destination(String url) {
    StringBuilder encoded = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || DESTINATION_SPECIALS.indexOf(c) >= 0) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          encoded.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        encoded.append(c);
      }
    }
    return encoded.toString();
  }
}
