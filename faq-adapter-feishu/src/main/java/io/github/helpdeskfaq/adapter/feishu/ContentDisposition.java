package io.github.helpdeskfaq.adapter.feishu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the file name out of a {@code Content-Disposition} header: {@code filename*=UTF-8''...} (RFC 6266 / 5987,
 * UTF-8 or ISO-8859-1) when present, else {@code filename="..."} or {@code filename=...}. The name is reduced to
 * its last path segment, so that a server cannot suggest {@code ../../somewhere}; a name that is empty, {@code .},
 * {@code ..} or holds control characters is no name.
 */
final class ContentDisposition {

  private ContentDisposition() {}

  static Optional<String> fileName(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String plain = null;
    String extended = null;
    for (String parameter : parameters(header)) {
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = parameter.substring(equals + 1).strip();
      if (name.equals("filename*")) {
        extended = decodeExtended(value);
      } else if (name.equals("filename")) {
        plain = unquote(value);
      }
    }
    return sanitize(extended != null ? extended : plain);
  }

  /** Splits at semicolons outside quoted strings. */
  private static List<String> parameters(String header) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < header.length()) {
        current.append(c).append(header.charAt(++i));
        continue;
      } else if (c == ';' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      return value;
    }
    StringBuilder unquoted = new StringBuilder();
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() - 1) {
        c = value.charAt(++i);
      }
      unquoted.append(c);
    }
    return unquoted.toString();
  }

  /** {@code charset'language'percent-encoded}; null when it cannot be decoded. */
  private static String decodeExtended(String value) {
    int first = value.indexOf('\'');
    int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0) {
      return null;
    }
    String charsetName = value.substring(0, first).strip().toUpperCase(Locale.ROOT);
    Charset charset = charsetName.equals("UTF-8") ? StandardCharsets.UTF_8
        : charsetName.equals("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : null;
    if (charset == null) {
      return null;
    }
    String encoded = value.substring(second + 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return null;
      }
    }
    return new String(bytes.toByteArray(), charset);
  }

  private static Optional<String> sanitize(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (last.isEmpty() || last.equals(".") || last.equals("..") || last.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    return Optional.of(last);
  }
}
