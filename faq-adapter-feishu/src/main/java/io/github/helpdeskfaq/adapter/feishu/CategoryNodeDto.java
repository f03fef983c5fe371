package io.github.helpdeskfaq.adapter.feishu;

import java.util.List;

/** A category of the tree as Feishu sends it: a category and its {@code children}, which may be missing or null. */
final class CategoryNodeDto extends CategoryDto {

  List<CategoryNodeDto> children = List.of();
}
