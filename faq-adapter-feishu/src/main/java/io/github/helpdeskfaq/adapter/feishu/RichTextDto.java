package io.github.helpdeskfaq.adapter.feishu;

import java.util.Map;
import java.util.Objects;

/**
 * One element of {@code answer_richtext} as sent, before its type is looked at: its members in the order sent, as
 * JSON values ({@code String}, {@code Boolean}, {@code Long} or {@code BigDecimal} for numbers, {@code null}, and
 * {@code List}s and {@code Map}s of them). {@link RichTextListAdapter} reads it; {@link RichTextMapper} types it.
 */
final class RichTextDto {

  final Map<String, Object> members;

  RichTextDto(Map<String, Object> members) {
    this.members = Objects.requireNonNull(members, "members");
  }

  @Override
  public String toString() {
    return "RichTextDto" + members;
  }
}
