package io.github.helpdeskfaq.adapter.feishu;

import java.util.List;

/** The {@code data} of the category tree: {@code {"categories":[...]}}; a missing or null list is empty. */
final class CategoriesDto {

  List<CategoryNodeDto> categories = List.of();
}
