package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.FileProblem;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.mirror.MarkdownAnswers;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --answer TEXT} or {@code --answer-file FILE}: a FAQ's answer, sent as plain text and as rich text, so that
 * either view shows it. Plain text becomes rich text line by line; Markdown becomes rich text as
 * {@link MarkdownAnswers} reads it (links, line breaks, the FAQ's own images), and plain text from its text and links.
 * The file is read, and its Markdown checked, by {@link #read} before any request.
 */
final class AnswerOptions {

  /** Takes every image's name for one the FAQ has: for checking the Markdown before the FAQ's images are known. */
  static final Function<String, Optional<ImageKey>> EVERY_IMAGE = name -> Optional.of(ImageKey.of("any-image"));

  @Option(names = "--answer", paramLabel = "TEXT", required = true,
      description = "The answer, as plain text (each line a line of the rich text too).")
  String text;

  @Option(names = "--answer-file", paramLabel = "FILE", required = true,
      description = "The answer in Markdown, UTF-8 (as export writes it): text, line breaks, links, and images the "
          + "FAQ already has, by key or file name (![image](<image-key>.png)); anything else is refused.")
  Path file;

  private String markdown;
  private final List<String> images = new ArrayList<>();

  /**
   * Reads {@code --answer-file} and checks its Markdown with every image allowed.
   *
   * @throws UsageException if the file cannot be read
   * @throws io.github.helpdeskfaq.mirror.MarkdownAnswerException if it holds what the rich text cannot
   */
  void read(Path workingDirectory) {
    if (file == null) {
      return;
    }
    Path path = workingDirectory.resolve(file);
    try {
      markdown = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      throw new UsageException("cannot read --answer-file " + file + ": no such file", missing);
    } catch (CharacterCodingException notUtf8) {
      throw new UsageException("cannot read --answer-file " + file + ": it is not UTF-8 text", notUtf8);
    } catch (IOException unreadable) {
      throw new UsageException("cannot read --answer-file " + file + ": " + FileProblem.reasonFor(unreadable),
          unreadable);
    }
    MarkdownAnswers.read(markdown, file.toString(), name -> {
      images.add(name);
      return EVERY_IMAGE.apply(name);
    });
  }

  /** Whether the Markdown shows images, which only a FAQ that has them can. */
  boolean showsImages() {
    return !images.isEmpty();
  }

  /**
   * The answer as rich text.
   *
   * @param images the key of the image a Markdown image names, if the FAQ has it: {@link MarkdownAnswers#imagesOf}, or
   *     {@link #EVERY_IMAGE}
   * @throws io.github.helpdeskfaq.mirror.MarkdownAnswerException if it shows an image the FAQ does not have
   */
  List<RichTextElement> richText(Function<String, Optional<ImageKey>> images) {
    if (markdown == null) {
      List<RichTextElement> lines = new ArrayList<>();
      String[] split = text.split("\\r?\\n", -1);
      for (int i = 0; i < split.length; i++) {
        if (i > 0) {
          lines.add(RichTextElement.text(""));
        }
        if (!split[i].isEmpty()) {
          lines.add(RichTextElement.text(split[i]));
        }
      }
      return lines;
    }
    return MarkdownAnswers.read(markdown, file.toString(), images);
  }

  /** The answer as plain text: the text given, or {@link MarkdownAnswers#plainText}; empty when it has none. */
  Optional<String> plainText(List<RichTextElement> richText) {
    return markdown == null ? Optional.of(text) : MarkdownAnswers.plainText(richText);
  }
}
