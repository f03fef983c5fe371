package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a FAQ's page back, the inverse of {@link MarkdownExporter}: the question from the heading {@code # ...} on
 * the first line that is not blank, the answer from the lines after it ({@link MarkdownAnswers}). The exporter's notes
 * for an image it could not show ({@code *(image <key> was not found)*}, {@code ... could not be downloaded}) read as
 * that image; a note for what the page cannot show (an element of an unknown type, an image without a usable key) is
 * refused, since writing the page back would drop it.
 */
final class PageReader {

  /**
   * A page as read.
   *
   * @param question the question, unescaped
   * @param answer the answer's rich text; empty when the page has none
   * @param headingLine the heading's line, from 1, for messages about the page as a whole
   */
  record Page(String question, List<RichTextElement> answer, int headingLine) {}

  private static final Pattern IMAGE_NOTE = Pattern.compile(
      "\\*\\(image ([A-Za-z0-9._-]+) (?:was not found|could not be downloaded)\\)\\*");
  private static final Pattern OTHER_NOTE = Pattern.compile(
      "\\*\\((?:element of type \".*\" not exported|element without a type not exported"
          + "|image \".*\" has no usable key and was not exported|image without a key was not exported)\\)\\*");
  private static final Function<String, Optional<ImageKey>> NO_IMAGES = destination -> Optional.empty();

  private PageReader() {}

  /**
   * Reads a page.
   *
   * @param text the page
   * @param source the page's path, for messages
   * @param images the key of the image a destination names, if the FAQ has it
   * @throws MarkdownAnswerException if the page has no heading, an empty question, or what the rich text cannot hold
   */
  static Page read(String text, String source, Function<String, Optional<ImageKey>> images) {
    String[] lines = text.split("\\r?\\n", -1);
    int heading = 0;
    while (heading < lines.length && lines[heading].isBlank()) {
      heading++;
    }
    if (heading == lines.length || !lines[heading].strip().startsWith("# ")) {
      throw new MarkdownAnswerException(source, Math.min(heading, lines.length - 1) + 1,
          "a page starts with its question as a heading, '# <question>'");
    }
    String question = question(lines, heading, source);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        body.append('\n');
      }
      if (i > heading) {
        body.append(withoutNotes(lines[i], source, i + 1));
      }
    }
    return new Page(question, MarkdownAnswers.read(body.toString(), source, images), heading + 1);
  }

  /**
   * The heading's text, read as a line of an answer at the heading's line, so that a refusal names that line. A
   * heading holds no block, so a list marker or a rule at its start is text, as the exporter writes the question.
   */
  private static String question(String[] lines, int heading, String source) {
    String text = "\n".repeat(heading) + MarkdownText.lineStart(lines[heading].strip().substring(2).strip());
    StringBuilder question = new StringBuilder();
    for (RichTextElement element : MarkdownAnswers.read(text, source, NO_IMAGES)) {
      if (!(element instanceof RichTextElement.Text run)) {
        throw new MarkdownAnswerException(source, heading + 1, "a question is text only, without links; write \\[ "
            + "for the character itself");
      }
      question.append(run.content());
    }
    if (question.toString().isBlank()) {
      throw new MarkdownAnswerException(source, heading + 1, "the question is empty");
    }
    return question.toString().strip();
  }

  private static String withoutNotes(String line, String source, int number) {
    if (OTHER_NOTE.matcher(line).find()) {
      throw new MarkdownAnswerException(source, number, "the page notes a part of the answer that it cannot show "
          + "and so cannot write back; change this FAQ's answer in the helpdesk, or remove the note to drop that "
          + "part");
    }
    return IMAGE_NOTE.matcher(line).replaceAll(note -> Matcher.quoteReplacement("![image](" + note.group(1) + ")"));
  }
}
