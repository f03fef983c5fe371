package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index page of a mirror ({@link MirrorLayout#INDEX}), in Markdown: the category tree as nested lists, each
 * category with a link to every FAQ filed under it (its title as {@link MarkdownExporter#title} gives it), then
 * the FAQs filed under no category of the tree. A category that holds no mirrored FAQ, itself or below, is left out.
 * A FAQ filed under several categories is listed under each. The page holds nothing that changes between two syncs
 * of the same FAQs (no date), so an unchanged mirror keeps it as it is.
 */
final class MirrorIndex {

  private static final String INDENT = "  ";

  /**
   * Renders the index.
   *
   * @param faqs the mirrored FAQs, in the order to list them
   * @param tree the category tree
   * @return the page as UTF-8
   */
  byte[] render(List<Faq> faqs, List<CategoryNode> tree) {
    Map<CategoryId, List<Faq>> byCategory = new LinkedHashMap<>();
    for (Faq faq : faqs) {
      Set<CategoryId> filedIn = new LinkedHashSet<>();
      faq.categories().forEach(category -> category.id().ifPresent(filedIn::add));
      filedIn.forEach(id -> byCategory.computeIfAbsent(id, unused -> new ArrayList<>()).add(faq));
    }
    StringBuilder page = new StringBuilder("# FAQs\n\n");
    Set<CategoryId> shown = new HashSet<>();
    StringBuilder categories = new StringBuilder();
    tree.forEach(node -> node(node, "", byCategory, shown, categories));
    page.append(categories);
    List<Faq> elsewhere = faqs.stream().filter(faq -> faq.categories().stream()
        .noneMatch(category -> category.id().filter(shown::contains).isPresent())).toList();
    if (!elsewhere.isEmpty()) {
      if (categories.length() > 0) {
        page.append("\n## In no category\n\n");
      }
      elsewhere.forEach(faq -> page.append(link(faq, "")));
    }
    if (faqs.isEmpty()) {
      page.append("No FAQs.\n");
    }
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Appends a category with its FAQs and subcategories, when it or one below holds a FAQ. */
  private static void node(CategoryNode node, String indent, Map<CategoryId, List<Faq>> byCategory,
      Set<CategoryId> shown, StringBuilder out) {
    StringBuilder below = new StringBuilder();
    List<Faq> filed = node.category().id().map(byCategory::get).orElse(List.of());
    filed.forEach(faq -> below.append(link(faq, indent + INDENT)));
    node.children().forEach(child -> node(child, indent + INDENT, byCategory, shown, below));
    if (below.length() == 0) {
      return;
    }
    node.category().id().ifPresent(shown::add);
    String name = node.category().name().map(MarkdownText::oneLine).filter(text -> !text.isBlank())
        .map(text -> MarkdownText.lineStart(MarkdownText.inline(text))).orElse("(no name)");
    out.append(indent).append("- ").append(name).append('\n').append(below);
  }

  private static String link(Faq faq, String indent) {
    return indent + "- [" + MarkdownExporter.title(faq) + "](" + MarkdownText.destination(
        MirrorLayout.pageLink(faq.id())) + ")\n";
  }
}
