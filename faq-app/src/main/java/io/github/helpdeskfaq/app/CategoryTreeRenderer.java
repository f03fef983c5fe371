package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonWriter;
import io.github.helpdeskfaq.domain.CategoryNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import okio.BufferedSink;
import okio.Okio;

/**
 * The views of {@code faq-app categories}: a tree of lines ({@code <name> (<id>)}, two spaces of indentation per
 * level, terminal-safe), or one JSON array of the top-level categories with Feishu's field names, each with its
 * {@code children} (an empty array for a leaf).
 */
final class CategoryTreeRenderer {

  /** The views of the tree. */
  enum Format {
    TREE,
    JSON
  }

  private static final String INDENT = "  ";

  private final Format format;

  CategoryTreeRenderer(Format format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  void render(List<CategoryNode> tree, PrintStream out) {
    switch (format) {
      case TREE -> tree.forEach(node -> line(node, "", out));
      case JSON -> json(tree, out);
    }
    out.flush();
  }

  private static void line(CategoryNode node, String indent, PrintStream out) {
    String name = node.category().name().orElse("(no name)");
    String id = node.category().id().map(Object::toString).orElse("no id");
    out.println(indent + TerminalText.escape(name.strip().replaceAll("[\\n\\r\\t]+", " ") + " (" + id + ")"));
    node.children().forEach(child -> line(child, indent + INDENT, out));
  }

  private static void json(List<CategoryNode> tree, PrintStream out) {
    // Not closed: closing the writer would close standard output.
    BufferedSink sink = Okio.buffer(Okio.sink(out));
    try {
      JsonWriter json = JsonWriter.of(sink);
      json.setIndent(INDENT);
      json.setSerializeNulls(true);
      nodes(json, tree);
      json.flush();
      sink.writeUtf8("\n");
      sink.flush();
    } catch (IOException writeFailed) {
      throw new UncheckedIOException(writeFailed);
    }
  }

  private static void nodes(JsonWriter json, List<CategoryNode> nodes) throws IOException {
    json.beginArray();
    for (CategoryNode node : nodes) {
      json.beginObject();
      JsonRenderer.categoryFields(json, node.category());
      json.name("children");
      nodes(json, node.children());
      json.endObject();
    }
    json.endArray();
  }
}
