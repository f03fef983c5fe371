package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The readable view of {@code get --format text}: one labelled line per field, continuation lines indented under
 * the value, times as ISO-8601 UTC. Fields that the FAQ does not have are left out, except the question and the
 * answer, which show {@code (none)}. Every value goes through {@link TerminalText}, so a FAQ cannot drive the
 * terminal. For a stable, machine-readable form use {@link io.github.helpdeskfaq.mirror.FaqJson}.
 */
public final class TextRenderer {

  private static final int LABEL_WIDTH = 12;
  private static final String NONE = "(none)";

  /** Prints the FAQ. */
  public void render(Faq faq, PrintStream out) {
    out.println("FAQ " + faq.id());
    field(out, "question", faq.question().orElse(NONE));
    field(out, "answer", faq.answer().orElse(NONE));
    if (!faq.answerRichText().isEmpty()) {
      field(out, "rich text", faq.answerRichText().stream().map(TextRenderer::element)
          .collect(Collectors.joining("\n")));
    }
    list(out, "categories", faq.categories().stream().map(TextRenderer::category).toList());
    list(out, "tags", faq.tags());
    optional(out, "created", when(faq.createTime(), faq.createUser()));
    optional(out, "updated", when(faq.updateTime(), faq.updateUser()));
    optional(out, "expires", faq.expireTime().map(Instant::toString));
    optional(out, "helpdesk", faq.helpdeskId().map(Object::toString));
    optional(out, "legacy id", faq.legacyId().filter(legacy -> !legacy.equals(faq.id().value())));
    optional(out, "type", faq.type());
    optional(out, "content", faq.content());
    out.flush();
  }

  /**
   * One line per element: {@code [text] ...}, {@code [line break]}, {@code [link] <text> <url>},
   * {@code [image] <key> <width>x<height>}, and {@code [<type>]} with a note for an element this program does not know.
   */
  private static String element(RichTextElement element) {
    if (element instanceof RichTextElement.Text text) {
      return "[text] " + text.content();
    }
    if (element instanceof RichTextElement.LineBreak) {
      return "[line break]";
    }
    if (element instanceof RichTextElement.Hyperlink link) {
      return "[link] " + link.text().orElse(NONE) + " <" + link.url().orElse(NONE) + ">";
    }
    if (element instanceof RichTextElement.Image image) {
      return "[image] " + imageKey(image) + size(image);
    }
    RichTextElement.Unknown unknown = (RichTextElement.Unknown) element;
    return "[" + unknown.type().orElse("no type") + "] (an element of a kind this program does not show)";
  }

  private static String imageKey(RichTextElement.Image image) {
    if (image.key().isPresent()) {
      return image.key().get().value();
    }
    return image.rawKey().map(raw -> "\"" + raw + "\" (not a usable image key)").orElse("(no key)");
  }

  private static String size(RichTextElement.Image image) {
    if (image.width().isPresent() && image.height().isPresent()) {
      return " " + image.width().get() + "x" + image.height().get();
    }
    return image.width().map(width -> " width " + width).orElse("")
        + image.height().map(height -> " height " + height).orElse("");
  }

  private static String category(Category category) {
    String name = category.name().orElse(NONE);
    return category.id().map(id -> name + " (" + id + ")").orElse(name);
  }

  private static String user(TicketUser user) {
    String name = user.name().orElse("unknown user");
    return user.id().map(id -> name + " (" + id + ")").orElse(name);
  }

  private static Optional<String> when(Optional<Instant> time, Optional<TicketUser> user) {
    if (time.isEmpty() && user.isEmpty()) {
      return Optional.empty();
    }
    String at = time.map(Instant::toString).orElse("unknown time");
    return Optional.of(user.map(who -> at + " by " + user(who)).orElse(at));
  }

  private static void list(PrintStream out, String label, List<String> values) {
    if (!values.isEmpty()) {
      field(out, label, String.join("\n", values));
    }
  }

  private static void optional(PrintStream out, String label, Optional<String> value) {
    value.ifPresent(present -> field(out, label, present));
  }

  private static void field(PrintStream out, String label, String value) {
    String indent = " ".repeat(LABEL_WIDTH);
    String padded = (label + ":" + indent).substring(0, LABEL_WIDTH);
    out.println(padded + TerminalText.escape(value.replace("\r\n", "\n")).replace("\n", "\n" + indent));
  }
}
