package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * The body of a category's create ({@code name}, {@code parent_id}, {@code language}: "创建知识库分类",
 * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/category/create) and patch ({@code name},
 * {@code parent_id}: .../category/patch). A null field is left out.
 */
final class CategoryWriteDto {

  String name;
  @Json(name = "parent_id")
  String parentId;
  String language;
}
