package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An in-memory {@link Helpdesk}: every port in one, thread-safe, without I/O, and honest to the ports' contracts.
 * Seed it through {@link #builder()} or {@link #put}; make it misbehave with the {@code fail...} and {@code
 * delay...} methods; assert on {@link #calls()} and {@link #catalogCalls()}.
 *
 * <p>An image's stream refuses reads with an {@link java.io.IOException} once the reader has returned, as a network
 * stream would, so that a reader (or decorator) that keeps it for later fails here too.
 *
 * <p>Every call is first checked for null and invalid arguments, then recorded, then delayed by any matching latency,
 * then failed by the first matching failure, and only then answered.
 *
 * <p>Listing and searching, exactly:
 * <ul>
 *   <li>FAQs are listed in order of id (string order), a page at a time of the {@linkplain Builder#pageSize size}
 *       set (default {@value #DEFAULT_PAGE_SIZE}) or asked for in the {@link PageRequest}, never more than 100. A
 *       cursor points after the last FAQ served, so paging neither repeats nor skips a FAQ when others change.</li>
 *   <li>A text (a search query, or a filter's text) matches a FAQ when, both lower-cased with {@link
 *       java.util.Locale#ROOT}, it is a substring of the FAQ's question, its plain-text answer or one of its tags. No
 *       other normalization: CJK text matches as typed, full-width and half-width forms differ.</li>
 *   <li>A filter's category matches a FAQ filed under that very category (not a subcategory). Without a status, a
 *       listing holds FAQs of every status. A search finds {@link FaqStatus#ONLINE} FAQs only.</li>
 *   <li>A listing's pages carry the total number of matches; a search's do not, as on Feishu.</li>
 * </ul>
 * Categories form a tree, and the category tree honours a {@link CategoryQuery}, as described at
 * {@link Builder#category}.
 *
 * <p>Writing, as on the platform: a new FAQ or category gets a fresh id of 19 digits and times in whole seconds from
 * the {@linkplain Builder#clock clock}; every change moves the update time forward; a deleted FAQ is gone from every
 * read, with its images. A FAQ filed under a category that does not exist, a category under an unknown parent or
 * under itself, and the deletion of a category that has subcategories are refused with a
 * {@link io.github.helpdeskfaq.domain.port.FaqRequestRejectedException}. Writes are recorded in
 * {@link #writeCalls()}; {@link #loseNextWriteAnswers} makes a write happen and its answer fail, as a lost response
 * does.
 */
public final class FakeHelpdesk implements WritableHelpdesk {

  /** The page size when none is set: the most the platform serves, as the Feishu adapter asks for. */
  public static final int DEFAULT_PAGE_SIZE = FakeCatalog.MAX_PAGE_SIZE;

  private final FakeCatalog catalog = new FakeCatalog();
  private final FakeImages images = new FakeImages();
  private final FakeCategories categories;
  private final CallLog log;
  private final FakeWriter writer;
  private final int pageSize;

  private FakeHelpdesk(Builder builder) {
    this.log = new CallLog(builder.sleeper, builder.recording);
    this.pageSize = builder.pageSize;
    this.categories = new FakeCategories(builder.categories);
    catalog.putAll(builder.faqs);
    images.putAll(builder.images);
    this.writer = new FakeWriter(catalog, images, categories, builder.clock);
  }

  /** Starts an empty fake. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    log.enter(RecordedCall.findById(id));
    return catalog.find(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    log.enter(RecordedCall.readImage(faqId, imageKey));
    return images.read(faqId, imageKey, reader);
  }

  /** {@inheritDoc} The matching is the fake's, described in the class documentation. */
  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(request, "request must not be null");
    int page = FakeCatalog.pageNumber(request);
    log.enter(new CatalogCall.ListPage(filter, request, page), page);
    return catalog.list(filter, request, pageSize);
  }

  /** {@inheritDoc} The matching is the fake's, described in the class documentation. */
  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(request, "request must not be null");
    int page = FakeCatalog.pageNumber(request);
    log.enter(new CatalogCall.SearchPage(query, request, page), page);
    return catalog.search(query, request, pageSize);
  }

  /** {@inheritDoc} The query is honoured as {@link Builder#category} describes. */
  @Override
  public List<CategoryNode> categoryTree(CategoryQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    log.enter(new CatalogCall.CategoryTree(query), Fault.NO_PAGE);
    return categories.tree(query);
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    Objects.requireNonNull(id, "id must not be null");
    id.requireWellFormed();
    log.enter(new CatalogCall.FindCategory(id), Fault.NO_PAGE);
    return categories.find(id);
  }

  @Override
  public Faq createFaq(NewFaq faq) {
    Objects.requireNonNull(faq, "faq must not be null");
    log.enter(new WriteCall.CreateFaq(faq), Optional.empty());
    return log.answered(writer.create(faq), Optional.empty());
  }

  @Override
  public boolean updateFaq(FaqId id, FaqChange change) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(change, "change must not be null");
    log.enter(new WriteCall.UpdateFaq(id, change), Optional.of(id));
    return log.answered(writer.update(id, change), Optional.of(id));
  }

  @Override
  public boolean deleteFaq(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    log.enter(new WriteCall.DeleteFaq(id), Optional.of(id));
    return log.answered(writer.delete(id), Optional.of(id));
  }

  @Override
  public Category createCategory(NewCategory category) {
    Objects.requireNonNull(category, "category must not be null");
    log.enter(new WriteCall.CreateCategory(category), Optional.empty());
    return log.answered(writer.create(category), Optional.empty());
  }

  @Override
  public boolean updateCategory(CategoryId id, CategoryChange change) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(change, "change must not be null");
    id.requireWellFormed();
    log.enter(new WriteCall.UpdateCategory(id, change), Optional.empty());
    return log.answered(writer.update(id, change), Optional.empty());
  }

  @Override
  public boolean deleteCategory(CategoryId id) {
    Objects.requireNonNull(id, "id must not be null");
    id.requireWellFormed();
    log.enter(new WriteCall.DeleteCategory(id), Optional.empty());
    return log.answered(writer.delete(id), Optional.empty());
  }

  /** Adds an {@link FaqStatus#ONLINE} FAQ, or replaces the one with the same id. */
  public void put(Faq faq) {
    put(faq, FaqStatus.ONLINE);
  }

  /** Adds a FAQ with a status, which listings filter by, or replaces the one with the same id. */
  public void put(Faq faq, FaqStatus status) {
    catalog.put(Objects.requireNonNull(faq, "faq must not be null"), status);
  }

  /** Adds an image of a FAQ, with the media type to report ({@code image/png}), or replaces it; copies the bytes. */
  public void putImage(FaqId faqId, ImageKey imageKey, String contentType, byte[] bytes) {
    images.put(faqId, imageKey, contentType, bytes);
  }

  /** Removes a FAQ and its images. */
  public void remove(FaqId faqId) {
    catalog.remove(faqId);
    images.removeAll(faqId);
  }

  /**
   * A snapshot of the calls about one FAQ received so far, oldest first, those that an injected fault failed
   * included; none when built not to record them ({@link Builder#recordCalls}).
   */
  public List<RecordedCall> calls() {
    return log.calls();
  }

  /**
   * A snapshot of the calls to the catalog and the categories received so far, as {@link #calls()};
   * {@link CatalogCall#isPageRequest()} picks the page requests out.
   */
  public List<CatalogCall> catalogCalls() {
    return log.catalogCalls();
  }

  /** A snapshot of the writes received so far, as {@link #calls()}. */
  public List<WriteCall> writeCalls() {
    return log.writeCalls();
  }

  /** Forgets every recorded call. */
  public void clearCalls() {
    log.clearCalls();
  }

  /**
   * Makes the next {@code count} (at least 1) calls, of any kind, fail with a fresh exception from {@code failure},
   * for example {@code () -> new FaqServiceUnavailableException(...)}.
   */
  public void failNextCalls(int count, Supplier<? extends FaqRepositoryException> failure) {
    log.faults().add(Fault.failure(Optional.empty(), Faults.requirePositive(count, "count"),
        Objects.requireNonNull(failure, "failure")));
  }

  /** Makes every call about one FAQ (its detail, its images, its update and deletion) fail until cleared. */
  public void failCallsFor(FaqId faqId, Supplier<? extends FaqRepositoryException> failure) {
    log.faults().add(Fault.failure(Optional.of(Objects.requireNonNull(faqId, "faqId")), Fault.unlimited(),
        Objects.requireNonNull(failure, "failure")));
  }

  /**
   * Makes every request for page {@code page} (1 for the first) of any listing or search fail until
   * {@link #clearFaults()}: the stream that reaches that page throws, after handing out the pages before it.
   */
  public void failPage(int page, Supplier<? extends FaqRepositoryException> failure) {
    log.faults().add(Fault.pageFailure(Faults.requirePositive(page, "page"),
        Objects.requireNonNull(failure, "failure")));
  }

  /** Delays every call, of any kind, by {@code latency} (not negative) until {@link #clearFaults()}. */
  public void delayCalls(Duration latency) {
    log.faults().add(Fault.delay(Optional.empty(), Fault.unlimited(), Faults.requireNotNegative(latency)));
  }

  /** Delays every call about one FAQ by {@code latency} (not negative) until {@link #clearFaults()}. */
  public void delayCallsFor(FaqId faqId, Duration latency) {
    log.faults().add(Fault.delay(Optional.of(Objects.requireNonNull(faqId, "faqId")), Fault.unlimited(),
        Faults.requireNotNegative(latency)));
  }

  /** Delays every request for page {@code page} of any listing or search by {@code latency} until cleared. */
  public void delayPage(int page, Duration latency) {
    log.faults().add(Fault.pageDelay(Faults.requirePositive(page, "page"), Faults.requireNotNegative(latency)));
  }

  /**
   * Makes the next {@code count} (at least 1) writes happen and then fail with a fresh exception from {@code failure}
   * instead of answering, as a write does whose response is lost (a timeout, a dropped connection).
   */
  public void loseNextWriteAnswers(int count, Supplier<? extends FaqRepositoryException> failure) {
    log.lostAnswers().add(Fault.failure(Optional.empty(), Faults.requirePositive(count, "count"),
        Objects.requireNonNull(failure, "failure")));
  }

  /** Removes every injected failure and delay. */
  public void clearFaults() {
    log.clearFaults();
  }

  /** Seeds a {@link FakeHelpdesk}. */
  public static final class Builder {
    private final FakeCatalog faqs = new FakeCatalog();
    private final FakeImages images = new FakeImages();
    private final List<Category> categories = new ArrayList<>();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private Clock clock = Clock.systemUTC();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private boolean recording = true;

    private Builder() {}

    /** Adds an {@link FaqStatus#ONLINE} FAQ; a later one with the same id replaces an earlier one. */
    public Builder faq(Faq faq) {
      return faq(faq, FaqStatus.ONLINE);
    }

    /** Adds a FAQ with a status, which listings filter by; a later one with the same id replaces an earlier one. */
    public Builder faq(Faq faq, FaqStatus status) {
      faqs.put(Objects.requireNonNull(faq, "faq must not be null"), status);
      return this;
    }

    /** Adds {@link FaqStatus#ONLINE} FAQs. */
    public Builder faqs(Iterable<Faq> all) {
      all.forEach(this::faq);
      return this;
    }

    /**
     * Adds a category. The categories form a tree by their {@link Category#parentId()}: a category whose parent is
     * absent, {@code 0} (the platform's "no parent") or not seeded is a top-level one; children keep the order they
     * were added in. A later category with the same id replaces an earlier one.
     *
     * <p>A {@link CategoryQuery} with a language keeps the categories of that {@link Category#language()} only (a
     * category whose parent is of another language is then a top-level one); without one, every category. The fake
     * keeps no update times: it takes the order categories were added in for the order they were updated in, so the
     * tree by update time ascending is in the order added, and descending in its reverse, at every level.
     *
     * @param category the category; it must have an id, and parents must not form a cycle ({@link #build()} checks)
     * @return this builder
     */
    public Builder category(Category category) {
      categories.add(Objects.requireNonNull(category, "category must not be null"));
      return this;
    }

    /** How many FAQs, from 1 to 100, a page holds when a {@link PageRequest} does not say. */
    public Builder pageSize(int size) {
      if (size < 1 || size > FakeCatalog.MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("page size must be from 1 to " + FakeCatalog.MAX_PAGE_SIZE + ", was "
            + size);
      }
      this.pageSize = size;
      return this;
    }

    /** Adds an image of a FAQ, with the media type to report; copies the bytes. */
    public Builder image(FaqId faqId, ImageKey imageKey, String contentType, byte[] bytes) {
      images.put(faqId, imageKey, contentType, bytes);
      return this;
    }

    /**
     * Whether the fake records the calls it receives ({@link FakeHelpdesk#calls()}, {@link
     * FakeHelpdesk#catalogCalls()}). Default: it does. A fake that serves for long (behind a simulator that runs for
     * days, in a benchmark) records none, so that its memory does not grow with the calls.
     */
    public Builder recordCalls(boolean record) {
      this.recording = record;
      return this;
    }

    /** The clock that stamps what is written (default: the system's, in UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** Replaces real sleeping, for the fake's own tests of injected latency. */
    Builder sleeper(Sleeper replacement) {
      this.sleeper = Objects.requireNonNull(replacement, "sleeper");
      return this;
    }

    /** Builds the fake; an {@link IllegalArgumentException} if a category has no id or the parents form a cycle. */
    public FakeHelpdesk build() {
      return new FakeHelpdesk(this);
    }
  }

  /** For messages and debugging: what the fake holds, not its contents. */
  @Override
  public String toString() {
    return "FakeHelpdesk[" + catalog.size() + " FAQs, " + images.size() + " images, " + categories.size()
        + " categories, " + log.faultCount() + " faults]";
  }
}
