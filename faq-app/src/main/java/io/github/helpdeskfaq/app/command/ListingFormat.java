package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.render.FaqListing;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print FAQs as they are paged in ({@link FaqListing}). */
final class ListingFormat {

  @Option(names = "--format", paramLabel = "text|json|jsonl", defaultValue = "text",
      description = "text (default): one line per FAQ, its id and question; json: one JSON array; jsonl: one JSON "
          + "object per line, as 'get --format json' prints it.")
  FaqListing.Format format;

  /** The listing in the chosen format, onto {@code out}. */
  FaqListing onto(PrintStream out) {
    return new FaqListing(format, out);
  }
}
