package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.NotFoundException;
import io.github.helpdeskfaq.app.render.DownloadProgress;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.mirror.FaqFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export <faq-id> [--dir DIR]}: writes {@code DIR/<faq-id>.md}, the page a mirror writes for the FAQ
 * ({@link FaqFiles}), with every image of the answer downloaded beside it as {@code <image-key>.<ext>}. Prints the
 * Markdown file on standard output.
 *
 * <p>An image that the repository does not have (a dangling key in the answer), or whose key is missing or not a
 * valid {@link ImageKey}, does not stop the export: it is a warning on standard error and a note in the Markdown, and
 * the exit code stays 0, because the FAQ itself was exported as well as it can be. Any other failure ends the export
 * with its exit code before the Markdown is written; images already saved are complete files and stay.
 */
@Command(name = ExportCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Exports a FAQ as Markdown: DIR/<faq-id>.md with the question as a heading, the answer from its "
        + "rich text, and every image of the answer downloaded beside it and linked. Existing files are replaced, "
        + "unless one is read-only (exit 2: files already written stay, the Markdown is not written).")
final class ExportCommand extends HelpdeskCommand {

  static final String NAME = "export";

  @Parameters(index = "0", paramLabel = "<faq-id>", description = "The FAQ's id.")
  FaqId faqId;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "The folder to write into; created when missing (the part of it that exists must be a folder). "
          + "Default: the current folder.")
  Path dir;

  ExportCommand(Invocation invocation) {
    super(invocation);
  }

  @Override
  int execute(Helpdesk helpdesk) {
    Path folder = OutputPaths.folderToCreate(invocation.workingDirectory(), "--dir", dir == null ? Path.of("") : dir);
    Faq faq = helpdesk.findById(faqId).orElseThrow(() -> NotFoundException.faq(faqId));
    OutputPaths.createFolder(folder);
    Path file = FaqFiles.page(folder, faqId);
    FaqFiles.requireReplaceable(file);
    DownloadProgress progress = new DownloadProgress(invocation.err(), invocation.interactive());
    Map<ImageKey, String> imageFiles = new LinkedHashMap<>();
    for (ImageKey key : faq.imageKeys()) {
      Optional<Path> saved = FaqFiles.saveImage(helpdesk, faqId, key, folder::resolve, progress);
      if (saved.isPresent()) {
        imageFiles.put(key, saved.get().getFileName().toString());
      } else {
        invocation.reporter().warning(commandName(),
            "image " + key + " of FAQ " + faqId + " was not found; the export notes it instead of linking it");
      }
    }
    long unusable = faq.answerRichText().stream()
        .filter(element -> element instanceof RichTextElement.Image image && image.key().isEmpty()).count();
    if (unusable > 0) {
      invocation.reporter().warning(commandName(), unusable + " image(s) of FAQ " + faqId
          + " have no usable key and cannot be downloaded; the export notes them instead of linking them");
    }
    FaqFiles.writePage(file, faq, imageFiles);
    invocation.out().println(display(file));
    return ExitCode.SUCCESS;
  }
}
