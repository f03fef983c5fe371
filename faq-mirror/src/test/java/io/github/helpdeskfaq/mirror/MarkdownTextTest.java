package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "plain words, with punctuation. And (parentheses)! => plain words, with punctuation. And (parentheses)!",
      "*bold* _em_ `code` ~strike~ => \\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~",
      "[not a link](x) ![not an image](y) => \\[not a link\\](x) !\\[not an image\\](y)",
      "<b>html</b> <http://autolink> => \\<b\\>html\\</b\\> \\<http://autolink\\>",
      "# not a heading | a table => \\# not a heading \\| a table",
      "C:\\temp &amp; &#42; & more => C:\\\\temp \\&amp; \\&\\#42; & more"})
  void escapes_what_would_become_markup_inside_a_line(String text, String escaped) {
    assertThat(MarkdownText.inline(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "- not a list item   | \\- not a list item",
      "+ not either        | \\+ not either",
      "=== not a heading   | \\=== not a heading",
      "1. not ordered      | 1\\. not ordered",
      "2024) not ordered   | 2024\\) not ordered",
      "A line - with 1. inside | A line - with 1. inside"})
  void escapes_a_block_marker_at_the_start_of_a_line(String line, String escaped) {
    assertThat(MarkdownText.lineStart(line)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://bytedance.com                              | https://bytedance.com",
      "https://example.com/guides/badge reader (v2).pdf   | https://example.com/guides/badge%20reader%20%28v2%29.pdf",
      "https://example.com/a<b>\\c`d                       | https://example.com/a%3Cb%3E%5Cc%60d",
      "https://例子.测试/路径?q=1&r=%20                     | https://例子.测试/路径?q=1&r=%20"})
  void percent_encodes_what_a_link_destination_cannot_hold(String url, String destination) {
    assertThat(MarkdownText.destination(url)).isEqualTo(destination);
  }
}
