package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.mirror.FaqJson;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * The views of {@code faq-app categories}: a tree of lines ({@code <name> (<id>)}, two spaces of indentation per
 * level, terminal-safe), or the JSON of {@link FaqJson#writeCategoryTree}.
 */
public final class CategoryTreeRenderer {

  /** The views of the tree. */
  public enum Format {
    TREE,
    JSON
  }

  private static final String INDENT = "  ";

  private final Format format;

  /** The view in this format. */
  public CategoryTreeRenderer(Format format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** Prints the tree. */
  public void render(List<CategoryNode> tree, PrintStream out) {
    switch (format) {
      case TREE -> tree.forEach(node -> line(node, "", out));
      case JSON -> FaqJson.writeCategoryTree(tree, out);
    }
    out.flush();
  }

  private static void line(CategoryNode node, String indent, PrintStream out) {
    String name = node.category().name().orElse("(no name)");
    String id = node.category().id().map(Object::toString).orElse("no id");
    out.println(indent + TerminalText.escape(name.strip().replaceAll("[\\n\\r\\t]+", " ") + " (" + id + ")"));
    node.children().forEach(child -> line(child, indent + INDENT, out));
  }
}
