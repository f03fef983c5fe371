package io.github.helpdeskfaq.feishu.simulator;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.Map;

/** Reads the body of a token request, {@code {"app_id":"...","app_secret":"..."}}. */
final class TokenRequest {

  private static final JsonAdapter<Map<String, Object>> JSON_OBJECT =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private TokenRequest() {}

  /** The body's fields, or null when it is not a JSON object. */
  static Map<String, Object> read(String body) {
    try {
      return JSON_OBJECT.fromJson(body);
    } catch (IOException | RuntimeException malformed) {
      return null;
    }
  }
}
