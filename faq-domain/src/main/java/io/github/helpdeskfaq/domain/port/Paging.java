package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import io.github.helpdeskfaq.domain.PageRequest;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns page-at-a-time reading into the lazy stream of {@link FaqCatalog#list} and {@link FaqCatalog#search}: the
 * rules of paging, stated once for every implementation.
 *
 * <ul>
 *   <li>A page is asked for only when the consumer needs its first item; nothing is read ahead.</li>
 *   <li>The stream holds one page at a time: the previous page is let go before the next is asked for (only the
 *       keys of its items are kept, to drop repeats).</li>
 *   <li>An item whose key was on the previous page is reported once: when FAQs change while paging, the service
 *       may shift an item across the page boundary.</li>
 *   <li>A page that names, as its next cursor, the cursor it was asked with would be asked for forever: the stream
 *       stops with a {@link FaqServiceUnavailableException} instead.</li>
 *   <li>Once closed, the stream asks for no more pages; an iterator taken from it ends.</li>
 * </ul>
 */
final class Paging {

  private Paging() {}

  /**
   * A lazy stream over the pages that {@code fetch} reads.
   *
   * @param fetch reads one page
   * @param key what makes two items the same (a FAQ's id)
   * @param <T> the item type
   * @return the stream; close it to stop paging
   */
  static <T> Stream<T> stream(Function<PageRequest, Page<T>> fetch, Function<T, ?> key) {
    Pages<T> pages = new Pages<>(fetch, key);
    return StreamSupport.stream(pages, false).onClose(pages::close);
  }

  /** The failure of a service whose pager would loop: said once, here. */
  static FaqServiceUnavailableException brokenPager(String why) {
    return new FaqServiceUnavailableException("the service's paging is broken: " + why
        + "; stopped rather than ask again", null, null, 1, null);
  }

  /** The pages of one listing, read as they are consumed. Not thread-safe, as a stream's source need not be. */
  private static final class Pages<T> implements Spliterator<T> {

    private final Function<PageRequest, Page<T>> fetch;
    private final Function<T, ?> key;
    private Iterator<T> current;
    private Optional<PageCursor> next = Optional.empty();
    private boolean started;
    private boolean closed;
    private Set<Object> previousKeys = Set.of();
    private Set<Object> currentKeys = new HashSet<>();
    private int pagesRead;

    Pages(Function<PageRequest, Page<T>> fetch, Function<T, ?> key) {
      this.fetch = Objects.requireNonNull(fetch, "fetch");
      this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (!closed) {
        if (current != null && current.hasNext()) {
          T item = current.next();
          Object itemKey = key.apply(item);
          if (!previousKeys.contains(itemKey) && currentKeys.add(itemKey)) {
            action.accept(item);
            return true;
          }
        } else if (started && next.isEmpty()) {
          return false;
        } else {
          readNextPage();
        }
      }
      return false;
    }

    private void readNextPage() {
      current = null; // let the consumed page go before the next one arrives
      Optional<PageCursor> askedWith = next;
      Page<T> page = fetch.apply(askedWith.map(PageRequest::after).orElseGet(PageRequest::first));
      started = true;
      pagesRead++;
      Objects.requireNonNull(page, "the page reader returned null");
      if (askedWith.isPresent() && page.next().equals(askedWith)) {
        throw brokenPager("page " + pagesRead + " names the cursor it was asked with as the next one");
      }
      previousKeys = currentKeys;
      currentKeys = new HashSet<>();
      current = page.items().iterator();
      next = page.next();
    }

    void close() {
      closed = true;
      current = null;
      previousKeys = Set.of();
      currentKeys = Set.of();
    }

    @Override
    public Spliterator<T> trySplit() {
      return null; // pages come one after the other
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }
}
