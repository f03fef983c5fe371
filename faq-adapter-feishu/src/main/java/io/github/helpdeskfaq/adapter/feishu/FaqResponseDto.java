package io.github.helpdeskfaq.adapter.feishu;

/**
 * The answer of {@code GET /open-apis/helpdesk/v1/faqs/{id}}: {@code {"code":0,"msg":"success","data":{"faq":...}}}.
 * Wire-shaped and mutable for Moshi (1.11 has no record support); every field may be {@code null}.
 */
final class FaqResponseDto {

  Long code;
  String msg;
  Data data;

  /** The {@code data} object. */
  static final class Data {
    FaqDto faq;
  }
}
