package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a page of the FAQ list or a search into the domain's {@link Page}, surviving what real gateways send:
 * <ul>
 *   <li>{@code has_more} missing or null: no more pages;</li>
 *   <li>{@code items} missing or null, or no {@code data} at all: an empty page;</li>
 *   <li>{@code has_more} true with an empty or missing {@code page_token}: the answer is unreadable (asking again
 *       would start over and loop), an {@link IllegalArgumentException} that {@link Exchange} reports as
 *       service unavailable;</li>
 *   <li>{@code page_token} on a page without {@code has_more}: ignored;</li>
 *   <li>a page with fewer items than asked for: no sign of the end, only {@code has_more} is;</li>
 *   <li>{@code total} negative: left out.</li>
 * </ul>
 * The same token twice in a row, and a FAQ repeated across pages, are caught where pages are chained, once for
 * every implementation ({@code FaqCatalog.list}).
 */
final class FeishuPages {

  private FeishuPages() {}

  /**
   * The page.
   *
   * @param data the answer's {@code data}, or null
   * @param withTotal whether the endpoint sends a total (the list does, the search does not)
   * @throws IllegalArgumentException if the page announces more without a token, or a FAQ cannot be represented
   */
  static Page<Faq> toPage(FaqPageDto data, boolean withTotal) {
    if (data == null) {
      return Page.last(List.of());
    }
    Optional<PageCursor> next = Optional.empty();
    if (Boolean.TRUE.equals(data.hasMore)) {
      if (data.pageToken == null || data.pageToken.isEmpty()) {
        throw new IllegalArgumentException("has_more is true but page_token is "
            + (data.pageToken == null ? "missing" : "empty") + ", so the next page cannot be asked for");
      }
      next = Optional.of(PageCursor.of(data.pageToken));
    }
    List<Faq> items = new ArrayList<>(data.items.size());
    for (FaqDto item : data.items) {
      items.add(FaqMapper.toFaq(item, Optional.empty()));
    }
    OptionalLong total = withTotal && data.total != null && data.total >= 0 ? OptionalLong.of(data.total)
        : OptionalLong.empty();
    return new Page<>(items, next, total);
  }
}
