package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.helpdeskfaq.domain.port.Diagnostics;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads Feishu's answers into {@link FeishuAnswer}: the envelope {@code {"code":0,"msg":"...","data":{...}}} in one
 * pass, the data with the lenient adapters of {@link FeishuJson}, an {@code error} object with
 * {@link FeishuDiagnostics}. An endpoint declares {@code Call<FeishuAnswer<D>>} and gets its {@code data} read as
 * {@code D}; a {@link FeishuAnswer.Flat} {@code D} is read from the whole object.
 *
 * <p>Reading never throws for what is in the body: a body that is empty, not JSON, of the wrong shape, followed by
 * more data, or larger than {@link #MAX_JSON_BYTES} comes back as an answer that says why it is unreadable, so that
 * {@link Exchange} classifies it with the HTTP status beside it. A transport failure while the body arrives is an
 * {@link IOException}, as Retrofit expects. The whole body is read before it is parsed, so that the two cannot be
 * confused.
 */
final class FeishuConverters extends Converter.Factory {

  /**
   * The most of a JSON answer read; a larger one is unreadable rather than held in memory. A FAQ detail is a few
   * kilobytes, a token answer a few hundred bytes.
   */
  static final long MAX_JSON_BYTES = 16 * 1024 * 1024;

  private static final JsonReader.Options ENVELOPE = JsonReader.Options.of("code", "msg", "data", "error");

  private final Moshi moshi;
  private final Converter<ResponseBody, FeishuAnswer<Object>> envelope = reader(null, false);

  FeishuConverters(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(type) != FeishuAnswer.class) {
      return null;
    }
    Type dataType = getParameterUpperBound(0, (ParameterizedType) type);
    return reader(moshi.adapter(dataType), FeishuAnswer.Flat.class.isAssignableFrom(getRawType(dataType)));
  }

  /** Writes the authorization headers' values, so that a request is made with them rather than copied to add them. */
  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == TenantToken.class) {
      return (TenantToken token) -> "Bearer " + token.value();
    }
    if (type == UserToken.class) {
      return (UserToken token) -> "Bearer " + token.value();
    }
    return type == HelpdeskAuthorization.class ? (HelpdeskAuthorization helpdesk) -> helpdesk.value() : null;
  }

  /** Reads the code, message and diagnostics of any answer, skipping its data: for error answers. */
  Converter<ResponseBody, FeishuAnswer<Object>> envelope() {
    return envelope;
  }

  private <T> Converter<ResponseBody, FeishuAnswer<T>> reader(JsonAdapter<T> data, boolean flat) {
    return body -> {
      try (body) {
        BufferedSource source = body.source();
        if (source.request(MAX_JSON_BYTES + 1)) {
          source.getBuffer().clear();
          return unreadable(BodyDescription.of(body, -1), "a JSON answer that large is not Feishu's", null);
        }
        long size = source.getBuffer().size();
        BodyDescription described = BodyDescription.of(body, size);
        if (size == 0) {
          return unreadable(described, "the body is empty", null);
        }
        try {
          JsonReader reader = JsonReader.of(source);
          FeishuAnswer<T> answer = flat ? flat(reader, data, described) : enveloped(reader, data, described);
          if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
            throw new JsonDataException("more data follows the JSON value");
          }
          return answer;
        } catch (IOException | JsonDataException malformed) { // the body is in memory: a parse error, not the network
          return unreadable(described, FeishuJson.describe(malformed), malformed);
        } finally {
          source.getBuffer().clear(); // what a failed read left: back to Okio's segment pool
        }
      }
    };
  }

  private static <T> FeishuAnswer<T> flat(JsonReader reader, JsonAdapter<T> adapter, BodyDescription body)
      throws IOException {
    T whole = adapter.fromJson(reader);
    FeishuAnswer.Flat coded = (FeishuAnswer.Flat) whole;
    return new FeishuAnswer<>(coded == null ? null : coded.code(), coded == null ? null : coded.msg(), whole, body,
        null, null);
  }

  /**
   * One pass over the envelope. The data is read only with code 0: an error's data is skipped, so that it cannot
   * hide the code. Should the data come before the code (Feishu sends the code first), a copy of it is read.
   */
  private static <T> FeishuAnswer<T> enveloped(JsonReader reader, JsonAdapter<T> adapter,
      BodyDescription body)
      throws IOException {
    Long code = null;
    boolean coded = false;
    String msg = null;
    T data = null;
    Exception dataFailure = null;
    Diagnostics diagnostics = Diagnostics.none();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(ENVELOPE)) {
        case 0 -> {
          code = LenientLongAdapter.read(reader);
          coded = true;
        }
        case 1 -> msg = reader.peek() == JsonReader.Token.STRING ? reader.nextString() : skip(reader);
        case 2 -> {
          if (adapter == null || coded && (code == null || code != 0)) {
            reader.skipValue();
          } else if (coded) {
            data = adapter.fromJson(reader);
          } else {
            try {
              data = adapter.fromJson(reader.peekJson());
            } catch (IOException | JsonDataException wrongShape) {
              dataFailure = wrongShape;
            }
            reader.skipValue();
          }
        }
        case 3 -> diagnostics = FeishuDiagnostics.read(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (dataFailure != null && code != null && code == 0) {
      return unreadable(body, FeishuJson.describe(dataFailure), dataFailure);
    }
    return new FeishuAnswer<>(code, msg, data, body, null, null, diagnostics);
  }

  private static String skip(JsonReader reader) throws IOException {
    reader.skipValue();
    return null;
  }

  private static <T> FeishuAnswer<T> unreadable(BodyDescription body, String why, Exception cause) {
    return new FeishuAnswer<>(null, null, null, body, why, cause);
  }
}
