package io.github.helpdeskfaq.testkit;

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
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.ImageReader;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A plain, correct writable helpdesk in memory, counting its requests, for the write contract's own tests; its
 * subclasses there break one promise each. Not thread-safe; times are a counter of seconds.
 */
class ReferenceWriter implements WritableHelpdesk {

  final Map<FaqId, Faq> faqs = new LinkedHashMap<>();
  final Map<CategoryId, Category> categories = new LinkedHashMap<>();
  private long requests;
  private long nextId = 100;
  private long seconds = 1_700_000_000L;

  long requests() {
    return requests;
  }

  FaqId newFaqId() {
    return FaqId.of(Long.toString(nextId++));
  }

  Instant tick() {
    return Instant.ofEpochSecond(seconds++);
  }

  @Override
  public Faq createFaq(NewFaq faq) {
    Objects.requireNonNull(faq);
    requests++;
    Instant now = tick();
    FaqId id = newFaqId();
    Faq created = Faq.builder(id).question(faq.question()).answer(faq.answer().orElse(null))
        .answerRichText(faq.answerRichText()).tags(faq.tags()).createTime(now).updateTime(now)
        .categories(faq.category().map(categories::get).map(List::of).orElse(List.of())).build();
    faqs.put(id, created);
    return created;
  }

  @Override
  public boolean updateFaq(FaqId id, FaqChange change) {
    Objects.requireNonNull(id);
    Objects.requireNonNull(change);
    requests++;
    Faq old = faqs.get(id);
    if (old == null) {
      return false;
    }
    faqs.put(id, changed(old, change).updateTime(tick()).build());
    return true;
  }

  /** The old FAQ with the fields the change names. */
  Faq.Builder changed(Faq old, FaqChange change) {
    Faq.Builder builder = old.toBuilder();
    change.question().ifPresent(builder::question);
    change.answer().ifPresent(builder::answer);
    change.answerRichText().ifPresent(builder::answerRichText);
    change.tags().ifPresent(builder::tags);
    change.category().ifPresent(category -> builder.categories(List.of(categories.get(category))));
    return builder;
  }

  @Override
  public boolean deleteFaq(FaqId id) {
    Objects.requireNonNull(id);
    requests++;
    return faqs.remove(id) != null;
  }

  @Override
  public Category createCategory(NewCategory category) {
    Objects.requireNonNull(category);
    requests++;
    CategoryId id = CategoryId.of(Long.toString(nextId++));
    Category created = new Category(Optional.of(id), Optional.empty(), Optional.of(category.name()),
        Optional.of(category.parent().orElse(CategoryId.of("0"))), Optional.empty(), category.language());
    categories.put(id, created);
    return created;
  }

  @Override
  public boolean updateCategory(CategoryId id, CategoryChange change) {
    Objects.requireNonNull(change);
    id.requireWellFormed();
    return changeCategory(id, change);
  }

  boolean changeCategory(CategoryId id, CategoryChange change) {
    requests++;
    Category old = categories.get(id);
    if (old == null) {
      return false;
    }
    categories.put(id, new Category(old.id(), old.legacyId(), change.name().or(old::name),
        change.parent().or(old::parentId), old.helpdeskId(), old.language()));
    return true;
  }

  @Override
  public boolean deleteCategory(CategoryId id) {
    id.requireWellFormed();
    requests++;
    return categories.remove(id) != null;
  }

  @Override
  public Optional<Faq> findById(FaqId id) {
    requests++;
    return Optional.ofNullable(faqs.get(id));
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    requests++;
    return Optional.empty();
  }

  @Override
  public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
    requests++;
    return new Page<>(new ArrayList<>(faqs.values()), Optional.empty(), OptionalLong.of(faqs.size()));
  }

  @Override
  public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
    requests++;
    return new Page<>(List.of(), Optional.empty(), OptionalLong.empty());
  }

  @Override
  public List<CategoryNode> categoryTree(CategoryQuery query) {
    requests++;
    return childrenOf(CategoryId.of("0"));
  }

  private List<CategoryNode> childrenOf(CategoryId parent) {
    return categories.values().stream().filter(category -> category.parentId().equals(Optional.of(parent)))
        .map(category -> new CategoryNode(category, childrenOf(category.id().orElseThrow()))).toList();
  }

  @Override
  public Optional<Category> findCategory(CategoryId id) {
    id.requireWellFormed();
    requests++;
    return Optional.ofNullable(categories.get(id));
  }
}
