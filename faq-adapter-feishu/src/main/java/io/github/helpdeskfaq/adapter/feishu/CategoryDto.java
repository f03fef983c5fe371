package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * A category as Feishu sends it: in a FAQ, flat in the answer of one category (without {@code parent_id}), and as a
 * node of the tree ({@link CategoryNodeDto}). Every field may be null.
 */
class CategoryDto {

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
