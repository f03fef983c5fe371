package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.FaqRepository;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a FAQ's rich-text answer ({@code answer_richtext}), in the shape of the helpdesk's published
 * rich-text document ("富文本", https://open.larkoffice.com/document/ukTMukTMukTM/uITM0YjLyEDN24iMxQjN): a
 * {@link Text} ({@code text}, {@code content}), a {@link LineBreak} (a {@code text} whose content is empty), a
 * {@link Hyperlink} ({@code hyperlink}, {@code text}, {@code url}) or an {@link Image} ({@code img}, {@code key},
 * {@code src}, {@code width}, {@code height}). Anything else the server sends is an {@link Unknown} element that keeps
 * its type and fields, so that nothing is lost and no element turns a FAQ into an error.
 *
 * <p>Fields are kept as sent: a documented field that the server left out is {@link Optional#empty()}.
 */
public sealed interface RichTextElement {

  /**
   * A text element, or a line break when the text is empty (as the platform encodes one).
   *
   * @param content the text
   * @return a {@link Text}, or a {@link LineBreak} for {@code ""}
   */
  static RichTextElement text(String content) {
    return content.isEmpty() ? new LineBreak() : new Text(content);
  }

  /**
   * A link.
   *
   * @param text the link's text
   * @param url the link's target
   * @return the element
   */
  static Hyperlink hyperlink(String text, String url) {
    return new Hyperlink(Optional.of(text), Optional.of(url));
  }

  /**
   * An image with a valid key and nothing else.
   *
   * @param key the image's key
   * @return the element
   */
  static Image image(ImageKey key) {
    return new Image(Optional.of(key.value()), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A run of text: {@code {"type":"text","content":"..."}}.
   *
   * @param content the text; never empty (an empty text is a {@link LineBreak})
   */
  record Text(String content) implements RichTextElement {

    /** The element's {@code type} on the wire. */
    public static final String TYPE = "text";

    /** Validates the content. */
    public Text {
      Objects.requireNonNull(content, "text content must not be null");
      if (content.isEmpty()) {
        throw new IllegalArgumentException("text content must not be empty: an empty text is a LineBreak");
      }
    }
  }

  /** A line break: {@code {"type":"text","content":""}}. All line breaks are equal. */
  record LineBreak() implements RichTextElement {

    /** The element's {@code type} on the wire; its {@code content} is {@code ""}. */
    public static final String TYPE = Text.TYPE;
  }

  /**
   * A link: {@code {"type":"hyperlink","text":"...","url":"..."}}.
   *
   * @param text the link's text, as sent
   * @param url the link's target, as sent (not checked: it is only shown, never fetched)
   */
  record Hyperlink(Optional<String> text, Optional<String> url) implements RichTextElement {

    /** The element's {@code type} on the wire. */
    public static final String TYPE = "hyperlink";

    /** Validates the components. */
    public Hyperlink {
      Objects.requireNonNull(text, "hyperlink text must not be null (use Optional.empty())");
      Objects.requireNonNull(url, "hyperlink url must not be null (use Optional.empty())");
    }
  }

  /**
   * An image: {@code {"type":"img","key":"...","src":"...","width":"680","height":"480"}}. The {@code key} is what
   * {@link FaqRepository#readImage} takes; it is kept as sent in {@code rawKey} and offered as a validated
   * {@link #key()} when {@link ImageKey} accepts it.
   *
   * @param rawKey the image's key as sent, which may be one that {@link ImageKey} refuses
   * @param src a URL of the picture, as sent
   * @param width the width as sent (the platform sends a string such as {@code "680"}; a number is kept as its text)
   * @param height the height as sent, like the width
   */
  record Image(Optional<String> rawKey, Optional<String> src, Optional<String> width, Optional<String> height)
      implements RichTextElement {

    /** The element's {@code type} on the wire. */
    public static final String TYPE = "img";

    /** Validates the components. */
    public Image {
      Objects.requireNonNull(rawKey, "image rawKey must not be null (use Optional.empty())");
      Objects.requireNonNull(src, "image src must not be null (use Optional.empty())");
      Objects.requireNonNull(width, "image width must not be null (use Optional.empty())");
      Objects.requireNonNull(height, "image height must not be null (use Optional.empty())");
    }

    /**
     * The image's key, ready for {@link FaqRepository#readImage}.
     *
     * @return the key, or empty when none was sent or {@link ImageKey} refuses the one sent
     */
    public Optional<ImageKey> key() {
      if (rawKey.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(ImageKey.of(rawKey.get()));
      } catch (IllegalArgumentException unusable) {
        return Optional.empty();
      }
    }
  }

  /**
   * An element that is none of the kinds above: a type this library does not know, no type, or a documented field
   * of an unexpected JSON kind (an object where a string belongs). Kept as it came.
   *
   * <p>The fields are an immutable map in the order sent, of JSON values: {@code String}, {@code Boolean}, a
   * {@code Number} ({@code Long}, {@code Integer}, {@code Double}, {@code BigDecimal}, ...), {@code null}, and
   * immutable {@code List}s and {@code Map<String, ?>}s of them. A JSON {@code null} is a {@code null} value: the one
   * place in the domain where a value may be null, so that a field sent as {@code null} is told apart from one not
   * sent.
   *
   * @param type the element's {@code type} as sent, when it was a string
   * @param fields every other field of the element; includes {@code type} only when that was not a string
   */
  record Unknown(Optional<String> type, Map<String, Object> fields) implements RichTextElement {

    /** Validates the components and copies the fields deeply. */
    public Unknown {
      Objects.requireNonNull(type, "unknown element type must not be null (use Optional.empty())");
      fields = JsonValues.copyObject(Objects.requireNonNull(fields, "unknown element fields must not be null"),
          "fields");
      if (type.isPresent() && fields.containsKey("type")) {
        throw new IllegalArgumentException("unknown element fields must not hold \"type\" when type is given");
      }
    }
  }
}
