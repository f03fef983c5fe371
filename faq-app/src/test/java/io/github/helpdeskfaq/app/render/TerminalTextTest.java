package io.github.helpdeskfaq.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {

  @Test
  void escapes_control_characters_as_visible_code_points() {
    assertThat(TerminalText.escape("a\u001b[2Jb\u0000c\u007fd\u009be"))
        .isEqualTo("a\\u001b[2Jb\\u0000c\\u007fd\\u009be");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066',
      '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'})
  void escapes_every_bidi_formatting_character_and_line_separator(char c) {
    assertThat(TerminalText.escape("x" + c + "y")).isEqualTo(String.format("x\\u%04xy", (int) c));
  }

  @Test
  void keeps_line_feeds_crlf_pairs_and_tabs_but_not_a_lone_carriage_return() {
    assertThat(TerminalText.escape("a\nb\r\nc\td\re\r")).isEqualTo("a\nb\r\nc\td\\u000de\\u000d");
  }

  @Test
  void leaves_ordinary_text_alone_including_other_scripts_emoji_and_backslashes() {
    String text = "问题 مرحبا 👩‍💻 C:\\temp\\u001b";

    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
