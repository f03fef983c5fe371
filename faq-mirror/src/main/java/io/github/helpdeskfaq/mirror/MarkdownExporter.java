package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a FAQ as Markdown: the question as a level-one heading ({@code FAQ <id>} when it has none), then the
 * answer from its rich text, which flows as the helpdesk shows it:
 * <ul>
 *   <li>text is escaped ({@link MarkdownText}) so that it reads as written and never becomes markup;</li>
 *   <li>a line break (or a newline in a text) is a hard line break; two in a row start a new paragraph;</li>
 *   <li>a link is {@code [text](url)}, the URL percent-encoded where it must be;</li>
 *   <li>an image is {@code ![image](<file>)}, the file downloaded beside the Markdown file; an image that was not
 *       found, could not be downloaded, or has no usable key, is a note in italics that says which;</li>
 *   <li>an element of a kind this program does not know is a note in italics naming its type.</li>
 * </ul>
 * A FAQ without rich text shows its plain answer, escaped the same way.
 */
final class MarkdownExporter {

  /** A hard line break that is visible in the source (CommonMark). */
  private static final String HARD_BREAK = "\\\n";
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /**
   * Renders the FAQ.
   *
   * @param faq the FAQ
   * @param imageFiles the file name (relative to the Markdown file) of every image that was downloaded
   * @return the Markdown, ending with a newline
   */
  String render(Faq faq, Map<ImageKey, String> imageFiles) {
    return render(faq, imageFiles, Set.of());
  }

  /**
   * Renders the FAQ, noting the images that could not be downloaded as such rather than as not found.
   *
   * @param imageFiles the file name (relative to the Markdown file) of every image that was downloaded
   * @param failed the keys of images whose download failed
   * @return the Markdown, ending with a newline
   */
  String render(Faq faq, Map<ImageKey, String> imageFiles, Set<ImageKey> failed) {
    String heading = "# " + title(faq);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    if (faq.answerRichText().isEmpty()) {
      faq.answer().ifPresent(answer -> text(answer, line, lines));
    }
    for (RichTextElement element : faq.answerRichText()) {
      if (element instanceof RichTextElement.Text text) {
        text(text.content(), line, lines);
      } else if (element instanceof RichTextElement.LineBreak) {
        endLine(line, lines);
      } else {
        String markup = markup(element, imageFiles, failed);
        if (markup.startsWith("[") && !line.isEmpty() && line.charAt(line.length() - 1) == '!') {
          line.insert(line.length() - 1, '\\'); // "!" before "[text](url)" would make the link an image
        }
        line.append(markup);
      }
    }
    endLine(line, lines);
    String body = paragraphs(lines);
    return body.isEmpty() ? heading + "\n" : heading + "\n\n" + body + "\n";
  }

  /**
   * A FAQ's title as Markdown inline text: its question on one line, escaped, or {@code FAQ <id>} when it has none.
   */
  static String title(Faq faq) {
    return faq.question().map(MarkdownText::oneLine).filter(q -> !q.isBlank()).map(MarkdownText::inline)
        .orElse("FAQ " + faq.id());
  }

  private static void text(String text, StringBuilder line, List<String> lines) {
    String[] parts = text.split("\\r?\\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        endLine(line, lines);
      }
      line.append(MarkdownText.inline(parts[i]));
    }
  }

  /** Ends a line: spaces collapsed (as Markdown shows them anyway), a leading block marker escaped. */
  private static void endLine(StringBuilder line, List<String> lines) {
    lines.add(MarkdownText.lineStart(SPACES.matcher(line.toString().strip()).replaceAll(" ")));
    line.setLength(0);
  }

  /** Joins lines with hard breaks; an empty line ends a paragraph. */
  private static String paragraphs(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!paragraph.isEmpty()) {
          paragraphs.add(String.join(HARD_BREAK, paragraph));
          paragraph.clear();
        }
      } else {
        paragraph.add(line);
      }
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(String.join(HARD_BREAK, paragraph));
    }
    return String.join("\n\n", paragraphs);
  }

  private static String markup(RichTextElement element, Map<ImageKey, String> imageFiles, Set<ImageKey> failed) {
    if (element instanceof RichTextElement.Hyperlink link) {
      String text = link.text().map(MarkdownText::oneLine).filter(t -> !t.isBlank())
          .or(link::url).map(MarkdownText::inline).orElse("");
      return link.url().filter(url -> !url.isBlank())
          .map(url -> "[" + text + "](" + MarkdownText.destination(url.strip()) + ")").orElse(text);
    }
    if (element instanceof RichTextElement.Image image) {
      if (image.key().isEmpty()) {
        return note(image.rawKey().map(raw -> "image \"" + MarkdownText.inline(MarkdownText.oneLine(raw))
            + "\" has no usable key and was not exported").orElse("image without a key was not exported"));
      }
      String file = imageFiles.get(image.key().get());
      if (file != null) {
        return "![image](" + MarkdownText.destination(file) + ")";
      }
      return note("image " + image.key().get()
          + (failed.contains(image.key().get()) ? " could not be downloaded" : " was not found"));
    }
    RichTextElement.Unknown unknown = (RichTextElement.Unknown) element;
    return note(unknown.type().map(type -> "element of type \"" + MarkdownText.inline(MarkdownText.oneLine(type))
        + "\" not exported").orElse("element without a type not exported"));
  }

  /** A note in italics, set off by spaces so that its asterisks cannot pair with markup next to it. */
  private static String note(String escapedText) {
    return " *(" + escapedText + ")* ";
  }
}
