package io.github.helpdeskfaq.mirror;

/**
 * Markdown that the helpdesk's rich text cannot represent, or that names an image the FAQ does not have: refused
 * before anything is written. The message is {@code <source>:<line>: <what, and how to write it instead>}.
 */
public final class MarkdownAnswerException extends MirrorException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  MarkdownAnswerException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason, null);
    this.source = source;
    this.line = line;
  }

  /** What was read, as the caller named it: a file's path. @return the source */
  public String source() {
    return source;
  }

  /** The line, from 1. @return the line number */
  public int line() {
    return line;
  }
}
