package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.settings.Adapter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that every command has: which adapter, which fake data, how much to say on failure. */
final class CommonOptions {

  @Option(names = "--adapter", paramLabel = "fake|feishu",
      description = "The adapter to read from: fake (in memory, demo data) or feishu (configured from FEISHU_* "
          + "environment variables). Default: $" + Adapter.VARIABLE + ", else fake.")
  String adapter;

  @Option(names = "--fake-data", paramLabel = "FILE",
      description = "With the fake: load FAQs from FILE (Feishu FAQ-detail responses: one object or an array) "
          + "instead of the demo data; images named <image-key>.<ext> beside FILE are served too.")
  Path fakeData;

  @Option(names = "--verbose", description = "Print each request's log id (Feishu) on standard error, and on "
      + "failure the stack trace too.")
  boolean verbose;
}
