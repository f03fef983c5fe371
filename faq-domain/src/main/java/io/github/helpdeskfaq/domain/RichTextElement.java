package io.github.helpdeskfaq.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a FAQ's rich-text answer, as Feishu sends it: a {@code type} ({@code text}, {@code image}, ...)
 * and its {@code content}. For an image element the content is the image's key, which
 * {@link FaqRepository#readImage} takes.
 *
 * @param type the element's type as sent, for example {@code text} or {@code image}; never blank
 * @param content the element's content as sent (text, or an image key); may be empty
 */
public record RichTextElement(String type, String content) {

  /** The type Feishu gives an element whose content is an image key. */
  public static final String IMAGE_TYPE = "image";

  /** Validates the components. */
  public RichTextElement {
    Objects.requireNonNull(type, "rich-text type must not be null");
    Objects.requireNonNull(content, "rich-text content must not be null");
    if (type.isBlank()) {
      throw new IllegalArgumentException("rich-text type must not be blank");
    }
  }

  /**
   * A text element.
   *
   * @param text the text
   * @return the element
   */
  public static RichTextElement text(String text) {
    return new RichTextElement("text", text);
  }

  /**
   * An image element.
   *
   * @param key the image's key
   * @return the element
   */
  public static RichTextElement image(ImageKey key) {
    return new RichTextElement(IMAGE_TYPE, key.value());
  }

  /**
   * The image this element shows.
   *
   * @return the image key when this is an image element whose content is a valid key, otherwise empty
   */
  public Optional<ImageKey> imageKey() {
    if (!IMAGE_TYPE.equals(type.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImageKey.of(content));
    } catch (IllegalArgumentException notAKey) {
      return Optional.empty();
    }
  }
}
