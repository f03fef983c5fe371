package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The body of a FAQ's create and patch: {@code {"faq":{...}}}, a {@code faq_update_info} ("创建知识库",
 * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/create, and "修改知识库", .../faq/patch).
 * A null field is left out, so that a patch names only what changes; {@code answer_richtext} is the documented
 * string holding the JSON array.
 */
final class FaqWriteDto {

  final Faq faq;

  FaqWriteDto(Faq faq) {
    this.faq = faq;
  }

  /** The {@code faq} object. */
  static final class Faq {
    @Json(name = "category_id")
    String categoryId;
    String question;
    String answer;
    @Json(name = "answer_richtext")
    String answerRichText;
    List<String> tags;
  }
}
