package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Helpdesk} that passes every call on to another one: the base of a decorator, which overrides what it
 * decorates and inherits the rest. The streams of {@link #list} and {@link #search} are not passed on: they page
 * through this helpdesk's {@link #listPage} and {@link #searchPage}, so a decorator of a page decorates the streams
 * too.
 *
 * <pre>{@code
 * final class CountingHelpdesk extends ForwardingHelpdesk {
 *   final AtomicLong lookups = new AtomicLong();
 *
 *   CountingHelpdesk(Helpdesk delegate) {
 *     super(delegate);
 *   }
 *
 *   @Override
 *   public Optional<Faq> findById(FaqId id) {
 *     lookups.incrementAndGet();
 *     return super.findById(id);
 *   }
 * }
 * }</pre>
 */
public abstract class ForwardingHelpdesk implements Helpdesk {

  private final Helpdesk delegate;

  /**
   * A helpdesk that passes its calls on.
   *
   * @param delegate where the calls go
   */
  protected ForwardingHelpdesk(Helpdesk delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
  }

  /**
   * Where the calls go.
   *
   * @return the helpdesk underneath
   */
  protected final Helpdesk delegate() {
    return delegate;
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    return delegate.findById(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return delegate.readImage(faqId, imageKey, reader);
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    return delegate.listPage(filter, request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    return delegate.searchPage(query, request);
  }

  @Override
  public List<CategoryNode> categoryTree(CategoryQuery query) {
    return delegate.categoryTree(query);
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    return delegate.findCategory(id);
  }
}
