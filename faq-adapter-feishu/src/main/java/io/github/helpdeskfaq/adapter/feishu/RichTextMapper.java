package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.RichTextElement.Hyperlink;
import io.github.helpdeskfaq.domain.RichTextElement.Image;
import io.github.helpdeskfaq.domain.RichTextElement.Text;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types the elements of {@code answer_richtext} by the helpdesk's rich-text document ("富文本",
 * https://open.larkoffice.com/document/ukTMukTMukTM/uITM0YjLyEDN24iMxQjN): {@code text} ({@code content}; an empty
 * or missing one is a line break), {@code hyperlink} ({@code text}, {@code url}) and {@code img} ({@code key},
 * {@code src}, {@code width}, {@code height}).
 * <ul>
 *   <li>A documented field is read when it is a string, or a number (kept as its text: the platform sends
 *       {@code "680"}, a gateway may send {@code 680}); {@code null} or missing is absent.</li>
 *   <li>An image's key is kept as sent; a key that {@code ImageKey} refuses leaves the image without a usable key,
 *       it does not fail the FAQ.</li>
 *   <li>Everything else is a {@link RichTextElement.Unknown} element with its type and every other field as sent:
 *       a type not documented, no type (or one that is not a string), and a documented type whose documented field
 *       is of another JSON kind (an object, a list or a boolean where a string belongs).</li>
 *   <li>Fields that a documented type does not document are not kept.</li>
 * </ul>
 */
final class RichTextMapper {

  private static final String TYPE = "type";

  private RichTextMapper() {}

  /**
   * Types every element, in order.
   *
   * @param elements the elements as read; {@code null} is none
   * @return the domain elements, one for each
   */
  static List<RichTextElement> toElements(List<RichTextDto> elements) {
    List<RichTextElement> mapped = new ArrayList<>();
    if (elements != null) {
      elements.forEach(element -> mapped.add(toElement(element.members)));
    }
    return mapped;
  }

  static RichTextElement toElement(Map<String, Object> members) {
    Object type = members.get(TYPE);
    Optional<RichTextElement> known = Optional.empty();
    if (Text.TYPE.equals(type) && readable(members, "content")) {
      known = Optional.of(RichTextElement.text(string(members, "content").orElse("")));
    } else if (Hyperlink.TYPE.equals(type) && readable(members, "text", "url")) {
      known = Optional.of(new Hyperlink(string(members, "text"), string(members, "url")));
    } else if (Image.TYPE.equals(type) && readable(members, "key", "src", "width", "height")) {
      known = Optional.of(new Image(string(members, "key"), string(members, "src"), string(members, "width"),
          string(members, "height")));
    }
    return known.orElseGet(() -> unknown(members));
  }

  private static RichTextElement unknown(Map<String, Object> members) {
    if (!(members.get(TYPE) instanceof String type)) {
      return new RichTextElement.Unknown(Optional.empty(), members);
    }
    Map<String, Object> fields = new LinkedHashMap<>(members);
    fields.remove(TYPE);
    return new RichTextElement.Unknown(Optional.of(type), fields);
  }

  private static boolean readable(Map<String, Object> members, String... fields) {
    for (String field : fields) {
      Object value = members.get(field);
      if (value != null && !(value instanceof String) && !(value instanceof Number)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> string(Map<String, Object> members, String field) {
    Object value = members.get(field);
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal.toString());
    }
    return Optional.ofNullable(value).map(Object::toString);
  }
}
