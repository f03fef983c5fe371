package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes rich text as a write's {@code answer_richtext}: the string holding the JSON array that the create and patch
 * documents show, each element in the shape {@link RichTextMapper} reads (the inverse of it): {@code text} with
 * {@code content} (empty for a line break), {@code hyperlink} with {@code text} and {@code url}, {@code img} with
 * {@code key} and what else it has, and an unknown element with its type and fields as read.
 */
final class RichTextWire {

  private static final JsonAdapter<List<Map<String, Object>>> ARRAY = FeishuJson.MOSHI.adapter(
      Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));

  private RichTextWire() {}

  static String encode(List<RichTextElement> elements) {
    List<Map<String, Object>> array = new ArrayList<>();
    for (RichTextElement element : elements) {
      array.add(members(element));
    }
    return ARRAY.toJson(array);
  }

  private static Map<String, Object> members(RichTextElement element) {
    Map<String, Object> members = new LinkedHashMap<>();
    if (element instanceof RichTextElement.Text text) {
      members.put("type", RichTextElement.Text.TYPE);
      members.put("content", text.content());
    } else if (element instanceof RichTextElement.LineBreak) {
      members.put("type", RichTextElement.LineBreak.TYPE);
      members.put("content", "");
    } else if (element instanceof RichTextElement.Hyperlink link) {
      members.put("type", RichTextElement.Hyperlink.TYPE);
      put(members, "text", link.text());
      put(members, "url", link.url());
    } else if (element instanceof RichTextElement.Image image) {
      members.put("type", RichTextElement.Image.TYPE);
      put(members, "key", image.rawKey());
      put(members, "src", image.src());
      put(members, "width", image.width());
      put(members, "height", image.height());
    } else {
      RichTextElement.Unknown unknown = (RichTextElement.Unknown) element;
      unknown.type().ifPresent(type -> members.put("type", type));
      members.putAll(unknown.fields());
    }
    return members;
  }

  private static void put(Map<String, Object> members, String name, Optional<String> value) {
    value.ifPresent(present -> members.put(name, present));
  }
}
