package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.render.DownloadProgress;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.mirror.FaqFiles;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code image <faq-id> <image-key> [--output FILE]}: streams an image of a FAQ to a file (written to a temporary
 * file and renamed on success, so a failed download never leaves a partial file under the final name) or to
 * standard output. Prints the file written on standard output.
 */
@Command(name = ImageCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Downloads an image of a FAQ. The file appears complete or not at all. An existing file is "
        + "replaced, unless it is read-only (exit 2, nothing written). Shows progress on standard error for a large "
        + "image in a terminal.")
final class ImageCommand extends HelpdeskCommand {

  static final String NAME = "image";

  private static final String STANDARD_OUTPUT = "-";

  @Parameters(index = "0", paramLabel = "<faq-id>", description = "The FAQ's id.")
  FaqId faqId;

  @Parameters(index = "1", paramLabel = "<image-key>",
      description = "The image's key, as in the FAQ's rich-text answer, "
          + "for example img_b07ffac0-19c1-48a3-afca-599f8ea825fj.")
  ImageKey imageKey;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the image: a file in an existing folder, an existing folder (a path ending "
          + "in / must be one), or - for standard output. Default: <image-key>.<ext> in the current folder, the "
          + "extension from the content type (image/png: .png, image/jpeg: .jpg, unknown: .bin).")
  String output;

  ImageCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    DownloadProgress progress = new DownloadProgress(invocation.err(), invocation.interactive());
    if (STANDARD_OUTPUT.equals(output)) {
      FaqFiles.copyImage(helpdesk, faqId, imageKey, invocation.out(), progress)
          .orElseThrow(() -> NotFoundException.image(faqId, imageKey));
      return ExitCode.SUCCESS;
    }
    OutputPaths.Destination destination = OutputPaths.destination(invocation.workingDirectory(), "--output", output);
    Path file = FaqFiles.saveImage(helpdesk, faqId, imageKey, destination::resolve, progress)
        .orElseThrow(() -> NotFoundException.image(faqId, imageKey));
    invocation.out().println(display(file));
    return ExitCode.SUCCESS;
  }
}
