package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;

/** A FAQ as Feishu sends it. Lists start empty (a missing list stays empty); every other field may be null. */
final class FaqDto {

  @Json(name = "faq_id")
  String faqId;
  String id;
  @Json(name = "helpdesk_id")
  String helpdeskId;
  String question;
  String answer;
  @Json(name = "answer_richtext")
  List<RichTextDto> answerRichtext = List.of();
  String content;
  String type;
  @Json(name = "create_time")
  Instant createTime;
  @Json(name = "update_time")
  Instant updateTime;
  @Json(name = "expire_time")
  Instant expireTime;
  List<CategoryDto> categories = List.of();
  List<String> tags = List.of();
  @Json(name = "create_user")
  TicketUserDto createUser;
  @Json(name = "update_user")
  TicketUserDto updateUser;
}
