package io.github.helpdeskfaq.app;

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
 * terminal. For a stable, machine-readable form use {@link JsonRenderer}.
 */
final class TextRenderer {

  private static final int LABEL_WIDTH = 12;
  private static final String NONE = "(none)";

  void render(Faq faq, PrintStream out) {
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

  private static String element(RichTextElement element) {
    return "[" + element.type() + "] " + element.content();
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
