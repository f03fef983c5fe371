package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDispositionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "attachment; filename=\"answer.png\"                                  | answer.png",
      "attachment; filename=answer.png                                      | answer.png",
      "inline;filename=\"with; semicolon.png\"                              | with; semicolon.png",
      "attachment; filename=\"say \\\"hi\\\".png\"                          | say \"hi\".png",
      "attachment; FILENAME=\"upper.png\"                                   | upper.png",
      "attachment; filename*=UTF-8''%E5%9B%BE%E7%89%87.png                  | 图片.png",
      "attachment; filename=\"fallback.png\"; filename*=UTF-8''%E5%9B%BE.png | 图.png",
      "attachment; filename*=utf-8'zh'a%20b.png                             | a b.png",
      "attachment; filename*=ISO-8859-1''caf%E9.png                         | café.png",
      "attachment; filename*=KOI8-R''x.png; filename=\"plain.png\"          | plain.png",
      "attachment; filename*=UTF-8''bad%zz.png; filename=\"plain.png\"      | plain.png",
      "attachment; filename=\"../../etc/passwd\"                            | passwd",
      "attachment; filename=\"C:\\\\Windows\\\\evil.png\"                   | evil.png"})
  void reads_the_file_name(String header, String expected) {
    assertThat(ContentDisposition.fileName(header)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"attachment", "inline; size=3", "attachment; filename=\"\"", "attachment; filename=..",
      "attachment; filename=\"dir/\"", "attachment; filename=\"a\u0007b.png\""})
  void finds_no_file_name_where_there_is_none_worth_having(String header) {
    assertThat(ContentDisposition.fileName(header)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void finds_no_file_name_without_the_header() {
    assertThat(ContentDisposition.fileName(null)).isEmpty();
  }
}
