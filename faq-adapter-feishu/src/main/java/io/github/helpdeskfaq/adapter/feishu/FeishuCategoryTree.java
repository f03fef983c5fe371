package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the answer of the category tree into {@link CategoryNode}s. Feishu nests subcategories in {@code children};
 * it may also send them flat, each naming its {@code parent_id}. Both are read: a category's parent is the one it is
 * nested in, else the category its {@code parent_id} names when that is in the answer, else none (a top-level one;
 * {@code "0"} names none). Order is the answer's. A category that appears twice is kept where it first appears; one
 * whose parents form a cycle is shown at the top level, so that nothing the answer holds is lost.
 */
final class FeishuCategoryTree {

  private FeishuCategoryTree() {}

  static List<CategoryNode> toTree(CategoriesDto data) {
    List<Entry> entries = new ArrayList<>();
    if (data != null) {
      flatten(data.categories, null, entries);
    }
    Map<CategoryId, Entry> byId = new LinkedHashMap<>();
    entries.forEach(entry -> entry.category.id().ifPresent(id -> byId.putIfAbsent(id, entry)));
    List<Entry> kept = entries.stream()
        .filter(entry -> entry.category.id().map(id -> byId.get(id) == entry).orElse(true)).toList();
    Map<Entry, List<Entry>> children = new LinkedHashMap<>();
    List<Entry> roots = new ArrayList<>();
    for (Entry entry : kept) {
      Optional<Entry> parent = parentOf(entry, byId);
      if (parent.isPresent()) {
        children.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(entry);
      } else {
        roots.add(entry);
      }
    }
    Set<Entry> placed = new HashSet<>();
    List<CategoryNode> tree = new ArrayList<>();
    roots.forEach(root -> tree.add(node(root, children, placed)));
    for (Entry entry : kept) { // what a cycle kept from the roots
      if (!placed.contains(entry)) {
        tree.add(node(entry, children, placed));
      }
    }
    return tree;
  }

  private static void flatten(List<CategoryNodeDto> dtos, Entry nestedIn, List<Entry> into) {
    for (CategoryNodeDto dto : dtos) {
      Entry entry = new Entry(FaqMapper.toCategory(dto), nestedIn);
      into.add(entry);
      flatten(dto.children, entry, into);
    }
  }

  private static Optional<Entry> parentOf(Entry entry, Map<CategoryId, Entry> byId) {
    if (entry.nestedIn != null) {
      return Optional.of(entry.nestedIn);
    }
    return entry.category.parentId().filter(parent -> !parent.equals(entry.category.id().orElse(null)))
        .map(byId::get);
  }

  private static CategoryNode node(Entry entry, Map<Entry, List<Entry>> children, Set<Entry> placed) {
    placed.add(entry);
    List<CategoryNode> nodes = new ArrayList<>();
    for (Entry child : children.getOrDefault(entry, List.of())) {
      if (!placed.contains(child)) {
        nodes.add(node(child, children, placed));
      }
    }
    return new CategoryNode(entry.category, nodes);
  }

  /** A category of the answer and the one it was nested in; compared by identity. */
  private static final class Entry {
    final Category category;
    final Entry nestedIn;

    Entry(Category category, Entry nestedIn) {
      this.category = category;
      this.nestedIn = nestedIn;
    }
  }
}
