package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an answer written in Markdown into the helpdesk's rich text: the inverse of what {@code export} and
 * {@code sync} write, and what a person writes by hand. Only what the rich text can hold is accepted:
 * <ul>
 *   <li>text, with backslash escapes ({@code \*} is a star);</li>
 *   <li>line breaks: a line ends with one (soft, hard with a trailing backslash or two spaces: all the same), and
 *       an empty line between paragraphs is one more;</li>
 *   <li>links, {@code [text](https://...)} and {@code <https://...>}, the destination kept as written (percent
 *       escapes included);</li>
 *   <li>images, {@code ![alt](name)}, where {@code images} maps the name (a file beside the page, or the key itself)
 *       to an image key the FAQ has.</li>
 * </ul>
 * Anything else (emphasis, code, headings, lists, quotes, HTML) is refused with a {@link MarkdownAnswerException}
 * that names the source and the line, and says how to write it as text instead. Nothing is ever dropped silently.
 */
public final class MarkdownAnswers {

  private MarkdownAnswers() {}

  /**
   * The rich text of a Markdown answer.
   *
   * @param markdown the answer
   * @param source what it was read from, for messages: a file's path
   * @param images the image key of an image's destination, or empty when the FAQ has no such image
   * @return the elements, in order; empty for an answer with no text
   * @throws MarkdownAnswerException if the answer holds what the rich text cannot
   */
  public static List<RichTextElement> read(String markdown, String source,
      Function<String, Optional<ImageKey>> images) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(images, "images must not be null");
    List<RichTextElement> elements = new ArrayList<>();
    String[] lines = markdown.split("\\r?\\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isBlank()) {
      last--;
    }
    int first = 0;
    while (first < last && lines[first].isBlank()) {
      first++;
    }
    for (int i = first; i < last; i++) {
      if (i > first) {
        elements.add(RichTextElement.text(""));
      }
      String line = lines[i].strip();
      if (endsWithHardBreak(line)) {
        line = line.substring(0, line.length() - 1).stripTrailing();
      }
      new Line(line, source, i + 1, images, elements).read();
    }
    return List.copyOf(elements);
  }

  /**
   * The images of a FAQ by the names a Markdown image may give them: the key itself, or a file named after it as
   * {@code export} and {@code sync} write it ({@code <key>.png}), in any folder.
   *
   * @param faqImages the FAQ's image keys
   * @return the key that a destination names, or empty when it names none of them
   */
  public static Function<String, Optional<ImageKey>> imagesOf(Collection<ImageKey> faqImages) {
    List<ImageKey> keys = List.copyOf(faqImages);
    return destination -> {
      String name = destination.substring(destination.lastIndexOf('/') + 1);
      String key = ImageFiles.contentTypeFor(name).isPresent() ? name.substring(0, name.lastIndexOf('.')) : name;
      return keys.stream().filter(image -> image.value().equals(key)).findFirst();
    };
  }

  /**
   * An answer's plain text, for the helpdesk's views that do not show rich text: the text, a line break as a
   * newline, a link as its text and its URL in parentheses (the URL alone when it is its own text); images left out.
   *
   * @param richText the answer
   * @return the plain text, stripped; empty when there is none
   */
  public static Optional<String> plainText(List<RichTextElement> richText) {
    StringBuilder plain = new StringBuilder();
    for (RichTextElement element : richText) {
      if (element instanceof RichTextElement.Text run) {
        plain.append(run.content());
      } else if (element instanceof RichTextElement.LineBreak) {
        plain.append('\n');
      } else if (element instanceof RichTextElement.Hyperlink link) {
        String url = link.url().orElse("");
        plain.append(link.text().filter(shown -> !shown.equals(url)).map(shown -> shown + " (" + url + ")")
            .orElse(url));
      }
    }
    return Optional.of(plain.toString().strip()).filter(answer -> !answer.isEmpty());
  }

  /** An odd number of backslashes at the end: the last one is a hard break, the others escape one another. */
  private static boolean endsWithHardBreak(String line) {
    int backslashes = 0;
    while (backslashes < line.length() && line.charAt(line.length() - 1 - backslashes) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** One line's inline content. */
  private static final class Line {
    private final String text;
    private final String source;
    private final int number;
    private final Function<String, Optional<ImageKey>> images;
    private final List<RichTextElement> out;
    private final StringBuilder run = new StringBuilder();
    private int at;

    Line(String text, String source, int number, Function<String, Optional<ImageKey>> images,
        List<RichTextElement> out) {
      this.text = text;
      this.source = source;
      this.number = number;
      this.images = images;
      this.out = out;
    }

    void read() {
      refuseBlockMarkup();
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '\\' && at + 1 < text.length() && isAsciiPunctuation(text.charAt(at + 1))) {
          run.append(text.charAt(at + 1));
          at += 2;
        } else if (c == '!' && at + 1 < text.length() && text.charAt(at + 1) == '[') {
          at++;
          bracketed(); // the alt text: the helpdesk's image has none
          String destination = destination();
          flush();
          out.add(RichTextElement.image(images.apply(destination).orElseThrow(() -> refused("the image \""
              + destination + "\" is not an image of this FAQ; an answer can show only the FAQ's own images"))));
        } else if (c == '[') {
          String label = bracketed();
          String destination = destination();
          flush();
          out.add(RichTextElement.hyperlink(label.isEmpty() ? destination : label, destination));
        } else if (c == '<') {
          autolink();
        } else if (c == '*' || c == '`' || c == '~' && text.startsWith("~~", at)) {
          throw refused("'" + c + "' would be " + (c == '`' ? "code" : c == '~' ? "strikethrough" : "emphasis")
              + ", which the helpdesk's rich text cannot show; write \\" + c + " for the character itself");
        } else if (c == '_' && !intraword()) {
          throw refused("'_' would be emphasis, which the helpdesk's rich text cannot show; write \\_ for the "
              + "character itself");
        } else {
          run.append(c);
          at++;
        }
      }
      flush();
    }

    private void refuseBlockMarkup() {
      if (text.startsWith("#")) {
        throw refused("a heading cannot be part of an answer; write \\# for the character itself");
      }
      if (text.startsWith(">")) {
        throw refused("a quote cannot be part of an answer; write \\> for the character itself");
      }
      if (text.matches("[-+*] .*|\\d{1,9}[.)] .*|[-=]{3,}|```.*")) {
        throw refused("lists, rules and code blocks cannot be part of an answer; start the line with a backslash "
            + "to keep it as text");
      }
    }

    /** {@code [ ... ]} at {@link #at}, escapes resolved; nested brackets refused. */
    private String bracketed() {
      StringBuilder label = new StringBuilder();
      at++;
      while (at < text.length() && text.charAt(at) != ']') {
        char c = text.charAt(at);
        if (c == '\\' && at + 1 < text.length() && isAsciiPunctuation(text.charAt(at + 1))) {
          label.append(text.charAt(at + 1));
          at += 2;
        } else if (c == '[' || c == '*' || c == '`') {
          throw refused("a link's text may hold plain text only; write \\" + c + " for the character itself");
        } else {
          label.append(c);
          at++;
        }
      }
      if (at >= text.length()) {
        throw refused("'[' starts a link that does not end with ']'; write \\[ for the character itself");
      }
      at++;
      return label.toString();
    }

    /** {@code ( ... )} right after a bracketed text: the destination, percent-escapes kept. */
    private String destination() {
      if (at >= text.length() || text.charAt(at) != '(') {
        throw refused("'[...]' must be followed by '(destination)' to be a link; write \\[ for the character itself");
      }
      int end = text.indexOf(')', at);
      if (end < 0) {
        throw refused("a link's destination does not end with ')'");
      }
      String destination = text.substring(at + 1, end).strip();
      if (destination.isEmpty() || destination.contains(" ")) {
        throw refused("a link needs one destination without spaces (write a space as %20)");
      }
      at = end + 1;
      return destination;
    }

    private void autolink() {
      int end = text.indexOf('>', at);
      String inside = end < 0 ? "" : text.substring(at + 1, end);
      if (!inside.matches("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*")) {
        throw refused("'<' would start HTML, which the helpdesk's rich text cannot show; write \\< for the "
            + "character itself");
      }
      flush();
      out.add(RichTextElement.hyperlink(inside, inside));
      at = end + 1;
    }

    private boolean intraword() {
      return at > 0 && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at - 1))
          && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private void flush() {
      if (!run.isEmpty()) {
        out.add(RichTextElement.text(run.toString()));
        run.setLength(0);
      }
    }

    private MarkdownAnswerException refused(String reason) {
      return new MarkdownAnswerException(source, number, reason);
    }

    private static boolean isAsciiPunctuation(char c) {
      return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }
  }
}
