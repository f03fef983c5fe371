package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonWriter;
import io.github.helpdeskfaq.domain.Faq;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import okio.BufferedSink;
import okio.Okio;

/**
 * Prints the FAQs of a listing or a search as their pages arrive, in one of three forms, and stops reading pages as
 * soon as standard output is closed (a consumer such as {@code head} stopped reading): it checks the stream after
 * every FAQ and then closes the listing, so no further page is asked for.
 */
final class FaqListing {

  /** The forms of a listing. */
  enum Format {
    /** One line per FAQ: its id, two spaces, its question on one line; terminal-safe. */
    TEXT,
    /** One JSON array of the objects that {@code get --format json} prints. */
    JSON,
    /** JSON Lines: one object per line, the object of {@code get --format json} without indentation. */
    JSONL
  }

  private final Format format;
  private final PrintStream out;

  FaqListing(Format format, PrintStream out) {
    this.format = Objects.requireNonNull(format, "format");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Prints the FAQs and closes the stream.
   *
   * @return {@link ExitCode#SUCCESS}, or {@link ExitCode#OUTPUT_CLOSED} when standard output failed first
   */
  int print(Stream<Faq> faqs) {
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
      case TEXT -> new Printer() {
        @Override
        public void print(Faq faq) {
          out.println(line(faq));
        }
      };
      case JSONL -> new Printer() {
        private final JsonRenderer json = new JsonRenderer();

        @Override
        public void print(Faq faq) {
          json.renderLine(faq, out);
        }
      };
      case JSON -> new JsonArray(out);
    };
  }

  /** A FAQ on one line: its id and question, with line breaks and tabs shown as spaces. */
  static String line(Faq faq) {
    String question = faq.question().map(text -> text.strip().replaceAll("[\\n\\r\\t]+", " ")).orElse("(none)");
    return TerminalText.escape(faq.id().value() + "  " + question);
  }

  private interface Printer {
    void print(Faq faq);

    default void end() {}
  }

  /** A JSON array written as the FAQs come, flushed after each. */
  private static final class JsonArray implements Printer {
    private final BufferedSink sink;
    private final JsonWriter json;

    JsonArray(PrintStream out) {
      // Not closed: closing the writer would close standard output.
      sink = Okio.buffer(Okio.sink(out));
      json = JsonWriter.of(sink);
      json.setIndent("  ");
      json.setSerializeNulls(true);
      write(() -> json.beginArray());
    }

    @Override
    public void print(Faq faq) {
      write(() -> JsonRenderer.faq(json, faq));
    }

    @Override
    public void end() {
      write(() -> {
        json.endArray();
        json.flush();
        sink.writeUtf8("\n");
      });
    }

    private void write(JsonStep step) {
      try {
        step.run();
        json.flush();
      } catch (IOException writeFailed) {
        throw new UncheckedIOException(writeFailed);
      }
    }
  }

  @FunctionalInterface
  private interface JsonStep {
    void run() throws IOException;
  }
}
