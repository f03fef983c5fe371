package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The file name read from a server's {@code Content-Disposition} header: whatever the header holds, a name safe to
 * put in a folder or none; and a name that is safe comes back exactly as the server sent it, in either form.
 */
class ContentDispositionPropertyTest {

  private static final String[] PREFIXES = {"", "attachment; filename=", "attachment; filename=\"",
      "inline;filename*=UTF-8''", "attachment; filename*=iso-8859-1'en'", "attachment; FILENAME*=", "filename=a;"};

  /** Headers that reach each way of reading a name: free text after a prefix, percent escapes, quotes, semicolons. */
  static Stream<String> anyHeader() {
    GeneratedJson generated = GeneratedJson.fromSeed();
    Random random = generated.random();
    return Stream.generate(() -> PREFIXES[random.nextInt(PREFIXES.length)] + generated.anyText(30)
        + (random.nextBoolean() ? "" : "%" + Integer.toHexString(random.nextInt(256)) + generated.anyText(5)))
        .limit(GeneratedJson.TRIES);
  }

  /**
   * Any text less what no safe name holds: separators, controls, lone surrogates (which UTF-8 cannot carry) and the
   * whitespace around it; not blank, {@code .} or {@code ..}.
   */
  static Stream<String> safeName() {
    GeneratedJson generated = GeneratedJson.fromSeed();
    return Stream.generate(() -> keptForAName(generated.anyText(30))).filter(ContentDispositionPropertyTest::safe)
        .limit(GeneratedJson.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyHeader")
  void any_header_gives_no_name_or_one_without_a_path_separator_or_a_control_character(String header) {
    Optional<String> name = ContentDisposition.fileName(header);

    name.ifPresent(found -> assertThat(safe(found)).as("safe: %s", found).isTrue());
  }

  @ParameterizedTest
  @MethodSource("safeName")
  void a_safe_name_comes_back_as_sent_quoted_or_percent_encoded(String name) {
    String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b & 0xff));
    }

    assertThat(ContentDisposition.fileName("attachment; filename=" + quoted)).contains(name);
    assertThat(ContentDisposition.fileName("attachment; filename*=UTF-8''" + encoded + "; filename=x"))
        .contains(name);
  }

  private static boolean safe(String name) {
    return !name.isEmpty() && name.equals(name.strip()) && !name.equals(".") && !name.equals("..")
        && name.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
  }

  private static String keptForAName(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
        .filter(c -> c != '/' && c != '\\' && !Character.isISOControl(c)).forEach(kept::appendCodePoint);
    return kept.toString().strip();
  }
}
