package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/** A category of a FAQ as Feishu sends it. Every field may be null. */
final class CategoryDto {

  @Json(name = "category_id")
  String categoryId;
  String id;
  String name;
  @Json(name = "parent_id")
  String parentId;
  @Json(name = "helpdesk_id")
  String helpdeskId;
  String language;
}
