package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.port.CategoryRepository;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * What a sync mirrors, read with listing requests only: the category tree (one request) and the
 * {@link FaqStatus#ONLINE online} FAQs, all of them or those filed under one category and its subcategories (a
 * listing per category). The listing's FAQs are complete: Feishu's list items are full FAQ objects, the fields of
 * the FAQ detail, so no FAQ is asked for on its own.
 *
 * @param faqs the FAQs, each once, in order of id
 * @param tree the whole category tree
 * @param category the category listed, with its subcategories; empty for every online FAQ
 */
record SyncListing(List<Faq> faqs, List<CategoryNode> tree, Optional<CategoryId> category) {

  /** Validates and copies the components. */
  SyncListing {
    faqs = List.copyOf(faqs);
    tree = List.copyOf(tree);
    Objects.requireNonNull(category, "category");
  }

  /**
   * Reads the listing.
   *
   * @param category only this category and its subcategories, when present
   * @param listed told how many FAQs have arrived so far, after each one
   * @throws CategoryNotFoundException if the category is not in the tree
   */
  static SyncListing read(FaqCatalog catalog, CategoryRepository categories, Optional<CategoryId> category,
      IntConsumer listed) {
    List<CategoryNode> tree = categories.categoryTree();
    FaqFilter online = FaqFilter.all().withStatus(FaqStatus.ONLINE);
    List<FaqFilter> filters = category.isEmpty() ? List.of(online)
        : subtreeIds(find(tree, category.get()).orElseThrow(() -> new CategoryNotFoundException(category.get())))
            .map(online::inCategory).toList();
    Map<FaqId, Faq> faqs = new LinkedHashMap<>();
    for (FaqFilter filter : filters) {
      try (Stream<Faq> page = catalog.list(filter)) {
        page.forEach(faq -> {
          faqs.putIfAbsent(faq.id(), faq);
          listed.accept(faqs.size());
        });
      }
    }
    List<Faq> sorted = new ArrayList<>(faqs.values());
    sorted.sort(Comparator.comparing(faq -> faq.id().value()));
    return new SyncListing(sorted, tree, category);
  }

  /** Whether the tree holds a category with this id, at any depth. */
  boolean hasCategory(CategoryId id) {
    return find(tree, id).isPresent();
  }

  /**
   * Whether a FAQ filed under this category (none: empty) is one this listing would list: any, for a listing of
   * every online FAQ; one filed in the category listed or below it, for a listing of one category.
   */
  boolean wouldList(Optional<CategoryId> filedUnder) {
    if (category.isEmpty()) {
      return true;
    }
    return filedUnder.isPresent() && find(tree, category.get()).stream().flatMap(SyncListing::subtreeIds)
        .anyMatch(filedUnder.get()::equals);
  }

  private static Optional<CategoryNode> find(List<CategoryNode> nodes, CategoryId id) {
    for (CategoryNode node : nodes) {
      if (node.category().id().filter(id::equals).isPresent()) {
        return Optional.of(node);
      }
      Optional<CategoryNode> below = find(node.children(), id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  private static Stream<CategoryId> subtreeIds(CategoryNode node) {
    return Stream.concat(node.category().id().stream(), node.children().stream().flatMap(SyncListing::subtreeIds));
  }
}
