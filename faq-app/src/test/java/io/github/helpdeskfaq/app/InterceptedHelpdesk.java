package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.adapter.fake.FakeFaqRepository;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryRepository;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqCatalog;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqImage;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A helpdesk (the fake, or the Feishu adapter) whose images pass through a hook on their way to the reader: to hand
 * the program a hostile {@code Content-Disposition}, to stop it part-way as a kill would, or to watch how many images
 * are read at once. Everything else is the helpdesk's own.
 */
final class InterceptedHelpdesk implements FaqRepository, FaqCatalog, CategoryRepository {

  /** What happens to an image before the program's reader gets it. */
  @FunctionalInterface
  interface Hook {
    /** Called in the reading thread; may replace the image, or throw instead. */
    FaqImage intercept(FaqId faqId, ImageKey key, FaqImage image);
  }

  private final FaqRepository faqs;
  private final FaqCatalog catalog;
  private final CategoryRepository categories;
  private final Hook hook;

  InterceptedHelpdesk(FakeFaqRepository fake, Hook hook) {
    this(fake, fake, fake, hook);
  }

  private InterceptedHelpdesk(FaqRepository faqs, FaqCatalog catalog, CategoryRepository categories, Hook hook) {
    this.faqs = faqs;
    this.catalog = catalog;
    this.categories = categories;
    this.hook = hook;
  }

  /** Intercepts a helpdesk that implements every port, as the adapters' entry classes do. */
  static InterceptedHelpdesk of(FaqRepository helpdesk, Hook hook) {
    return new InterceptedHelpdesk(helpdesk, (FaqCatalog) helpdesk, (CategoryRepository) helpdesk, hook);
  }

  /** A hook that changes only what the server says about the image. */
  static Hook rewriting(UnaryOperator<FaqImage> rewrite) {
    return (faqId, key, image) -> rewrite.apply(image);
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    return faqs.findById(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return faqs.readImage(faqId, imageKey, image -> reader.read(hook.intercept(faqId, imageKey, image)));
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    return catalog.listPage(filter, request);
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    return catalog.searchPage(query, request);
  }

  @Override
  public List<CategoryNode> categoryTree() {
    return categories.categoryTree();
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    return categories.findCategory(id);
  }
}
