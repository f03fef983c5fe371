package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/** A helpdesk user ({@code create_user}, {@code update_user}) as Feishu sends it. Every field may be null. */
final class TicketUserDto {

  String id;
  @Json(name = "avatar_url")
  String avatarUrl;
  String name;
  String department;
  String city;
  String country;
}
