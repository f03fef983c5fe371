package io.github.helpdeskfaq.adapter.feishu;

/** One element of {@code answer_richtext}: {@code {"content": "...", "type": "text"}}. Either field may be null. */
final class RichTextDto {

  String content;
  String type;
}
