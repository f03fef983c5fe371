package io.github.helpdeskfaq.mirror;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Instants as the mirror and the JSON view write them: exactly {@link Instant#toString()} and
 * {@link Instant#parse}, with the whole seconds of years 0000 to 9999 that Feishu's times always are
 * ({@code 2021-08-02T14:36:48Z}) done by arithmetic rather than by {@code DateTimeFormatter}, which is slow in a
 * short-lived process.
 */
final class InstantText {

  private static final int LENGTH = "2021-08-02T14:36:48Z".length();
  private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private InstantText() {}

  /** The same as {@link Instant#toString()}. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < FIRST_SECOND || seconds > LAST_SECOND) {
      return instant.toString();
    }
    LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(LENGTH);
    digits(text, utc.getYear(), 4).append('-');
    digits(text, utc.getMonthValue(), 2).append('-');
    digits(text, utc.getDayOfMonth(), 2).append('T');
    digits(text, utc.getHour(), 2).append(':');
    digits(text, utc.getMinute(), 2).append(':');
    digits(text, utc.getSecond(), 2).append('Z');
    return text.toString();
  }

  /**
   * The same as {@link Instant#parse}.
   *
   * @throws DateTimeParseException if the text is not an instant
   */
  static Instant parse(String text) {
    if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
      return Instant.parse(text);
    }
    try {
      return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
          number(text, 14, 2), number(text, 17, 2)).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException | NumberFormatException notAnInstant) {
      // Instant.parse says what is wrong with it, in its own words.
      return Instant.parse(text);
    }
  }

  /** Appends the value with leading zeros to the width. */
  private static StringBuilder digits(StringBuilder text, int value, int width) {
    String number = Integer.toString(value);
    return text.append("0".repeat(width - number.length())).append(number);
  }

  private static int number(String text, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not a digit: " + c);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
