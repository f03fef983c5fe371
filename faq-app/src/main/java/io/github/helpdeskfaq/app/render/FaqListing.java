package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.mirror.FaqJson;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Prints the FAQs of a listing or a search as their pages arrive, in one of three forms, and stops reading pages as
 * soon as standard output is closed (a consumer such as {@code head} stopped reading): it checks the stream after
 * every FAQ and then closes the listing, so no further page is asked for.
 */
public final class FaqListing {

  /** The forms of a listing. */
  public enum Format {
    /** One line per FAQ: its id, two spaces, its question on one line; terminal-safe. */
    TEXT,
    /** One JSON array of the objects that {@code get --format json} prints. */
    JSON,
    /** JSON Lines: one object per line, the object of {@code get --format json} without indentation. */
    JSONL
  }

  private final Format format;
  private final PrintStream out;

  /** A listing in this format onto {@code out}. */
  public FaqListing(Format format, PrintStream out) {
    this.format = Objects.requireNonNull(format, "format");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Prints the FAQs and closes the stream.
   *
   * @return {@link ExitCode#SUCCESS}, or {@link ExitCode#OUTPUT_CLOSED} when standard output failed first
   */
  public int print(Stream<Faq> faqs) {
    try (faqs) {
      Iterator<Faq> each = faqs.iterator();
      Printer printer = printer();
      while (each.hasNext()) {
        printer.print(each.next());
        if (out.checkError()) {
          return ExitCode.OUTPUT_CLOSED;
        }
      }
      printer.end();
      return out.checkError() ? ExitCode.OUTPUT_CLOSED : ExitCode.SUCCESS;
    }
  }

  private Printer printer() {
    return switch (format) {
      case TEXT -> faq -> out.println(line(faq));
      case JSONL -> faq -> FaqJson.writeLine(faq, out);
      case JSON -> new Printer() {
        private final FaqJson.ArrayWriter array = FaqJson.arrayWriter(out);

        @Override
        public void print(Faq faq) {
          array.add(faq);
        }

        @Override
        public void end() {
          array.end();
        }
      };
    };
  }

  /** A FAQ on one line: its id and question, with line breaks and tabs shown as spaces. */
  private static String line(Faq faq) {
    String question = faq.question().map(text -> text.strip().replaceAll("[\\n\\r\\t]+", " ")).orElse("(none)");
    return TerminalText.escape(faq.id().value() + "  " + question);
  }

  @FunctionalInterface
  private interface Printer {
    void print(Faq faq);

    default void end() {}
  }
}
