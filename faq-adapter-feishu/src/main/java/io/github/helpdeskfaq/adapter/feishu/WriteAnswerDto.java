package io.github.helpdeskfaq.adapter.feishu;

/**
 * The {@code data} of a write's answer: the created FAQ ({@code data.faq}, as the FAQ detail holds it) or category
 * ({@code data.category}); empty for a patch or a delete. Every field may be null.
 */
final class WriteAnswerDto {

  FaqDto faq;
  CategoryDto category;
}
