package io.github.helpdeskfaq.adapter.feishu;

import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * How an answer's body looked, for messages: "an empty body", "a text/html body of 45 bytes". Rendered only when a
 * message needs it, so that a good answer costs no parse of its content type.
 */
final class BodyDescription {

  static final BodyDescription EMPTY = new BodyDescription(null, 0, "an empty body");

  private final ResponseBody body;
  private final long size;
  private final String fixed;

  private BodyDescription(ResponseBody body, long size, String fixed) {
    this.body = body;
    this.size = size;
    this.fixed = fixed;
  }

  /** A description given in words. */
  static BodyDescription of(String words) {
    return new BodyDescription(null, 0, words);
  }

  /** A body of {@code size} bytes, -1 for more than {@link FeishuConverters#MAX_JSON_BYTES}, 0 for none. */
  static BodyDescription of(ResponseBody body, long size) {
    return size == 0 ? EMPTY : new BodyDescription(body, size, null);
  }

  @Override
  public String toString() {
    if (fixed != null) {
      return fixed;
    }
    MediaType type = body.contentType();
    String kind = type == null ? "a body" : "a " + type.type() + "/" + type.subtype() + " body";
    return kind + (size < 0 ? " of more than " + FeishuConverters.MAX_JSON_BYTES : " of " + size) + " bytes";
  }
}
