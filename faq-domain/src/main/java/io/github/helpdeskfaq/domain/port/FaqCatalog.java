package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The whole knowledge base, to be found rather than looked up: list FAQs by a {@link FaqFilter}, or search them with
 * a {@link SearchQuery}. A port of its own, beside {@link FaqRepository} (see docs/architecture.md, "Ports").
 *
 * <p>Each listing comes two ways. {@link #list} and {@link #search} are lazy streams: a page is read only when the
 * consumer reaches it, one page is held at a time however many FAQs there are, and closing the stream stops the
 * paging. <strong>Close the stream</strong> (try-with-resources) when you stop before its end:
 * <pre>{@code
 * List<String> firstTen;
 * try (Stream<Faq> faqs = catalog.list(FaqFilter.all().withStatus(FaqStatus.ONLINE))) {
 *   firstTen = faqs.limit(10).map(faq -> faq.question().orElse("")).toList();
 * }
 * }</pre>
 * {@link #listPage} and {@link #searchPage} read one page, for a UI that shows a page and a "next" button: pass
 * the {@link Page#next()} cursor back in a {@link PageRequest}, with the same filter or query.
 *
 * <p>Implementations are safe for concurrent use (a stream itself is used by one thread). Failures are the
 * exceptions of {@link FaqRepository}, thrown by the call that reads the page: for a stream, by the terminal
 * operation that needed it. A service whose paging would loop ends the stream with a
 * {@link FaqServiceUnavailableException}. A {@code null} argument is refused with a {@link NullPointerException}
 * before any page is read.
 */
public interface FaqCatalog {

  /**
   * Reads one page of the FAQs that pass a filter. A FAQ matches the filter's text as the implementation says
   * (each implementation documents how).
   *
   * @param filter which FAQs
   * @param request which page, of what size
   * @return the page
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  Page<Faq> listPage(FaqFilter filter, PageRequest request);

  /**
   * Reads one page of the FAQs that a search finds, in the service's order (typically the best match first).
   *
   * @param query what to search for, in any language
   * @param request which page, of what size
   * @return the page
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  Page<Faq> searchPage(SearchQuery query, PageRequest request);

  /**
   * Every FAQ that passes a filter, as a lazy stream of pages of the implementation's default size. No page is read
   * before the stream is consumed.
   *
   * @param filter which FAQs
   * @return the FAQs, each once; close the stream to stop paging
   */
  default Stream<Faq> list(FaqFilter filter) {
    Objects.requireNonNull(filter, "filter must not be null");
    return Paging.stream(request -> listPage(filter, request), Faq::id);
  }

  /**
   * Every FAQ that a search finds, as a lazy stream of pages of the implementation's default size. No page is read
   * before the stream is consumed.
   *
   * @param query what to search for, in any language
   * @return the FAQs, each once; close the stream to stop paging
   */
  default Stream<Faq> search(SearchQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    return Paging.stream(request -> searchPage(query, request), Faq::id);
  }
}
