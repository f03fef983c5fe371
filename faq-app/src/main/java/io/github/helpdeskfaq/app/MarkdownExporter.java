package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a FAQ as Markdown: the question as a level-one heading ({@code FAQ <id>} when it has none), then the
 * answer from its rich text, one paragraph per element. A text element is its text; an image element is a link
 * {@code ![image](<file>)} to the image downloaded beside the Markdown file, or a note in italics when the image
 * could not be found; any other element is its content as text. A FAQ without rich text shows its plain answer.
 * Text is written as the author wrote it, not escaped.
 */
final class MarkdownExporter {

  /**
   * Renders the FAQ.
   *
   * @param faq the FAQ
   * @param imageFiles the file name (relative to the Markdown file) of every image that was downloaded
   * @return the Markdown, ending with a newline
   */
  String render(Faq faq, Map<ImageKey, String> imageFiles) {
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + faq.question().map(MarkdownExporter::oneLine).filter(q -> !q.isBlank())
        .orElse("FAQ " + faq.id()));
    if (faq.answerRichText().isEmpty()) {
      faq.answer().map(String::strip).filter(answer -> !answer.isEmpty()).ifPresent(blocks::add);
    }
    for (RichTextElement element : faq.answerRichText()) {
      block(element, imageFiles).ifPresent(blocks::add);
    }
    return String.join("\n\n", blocks) + "\n";
  }

  private static Optional<String> block(RichTextElement element, Map<ImageKey, String> imageFiles) {
    Optional<ImageKey> key = element.imageKey();
    if (key.isPresent()) {
      String file = imageFiles.get(key.get());
      return Optional.of(file == null
          ? "*(image " + key.get() + " was not found)*"
          : "![image](" + file + ")");
    }
    String text = element.content().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
