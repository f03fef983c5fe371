package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The {@code data} of a page of the FAQ list or a search: {@code has_more}, {@code page_token}, {@code page_size},
 * {@code total} (the list only) and {@code items}, FAQs with the fields of the FAQ detail. Every field may be
 * missing or null; a missing or null {@code items} is empty. What the fields come to is {@link FeishuPages}'.
 */
final class FaqPageDto {

  @Json(name = "has_more")
  Boolean hasMore;
  @Json(name = "page_token")
  String pageToken;
  @Json(name = "page_size")
  Long pageSize;
  Long total;
  List<FaqDto> items = List.of();
}
