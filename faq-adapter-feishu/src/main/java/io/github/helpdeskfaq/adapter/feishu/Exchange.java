package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.helpdeskfaq.adapter.feishu.Outcome.Kind;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The one place where an exchange with Feishu is executed and classified into an {@link Outcome}. Every HTTP call
 * of the adapter goes through {@link #json}, {@link #stream} or (the token request) {@link #jsonOnce}, and each runs
 * its attempts through {@link Resilience}: rate-limited, guarded by the circuit breaker and, but for the token
 * request, retried. So the callers hand over a supplier of fresh calls, since a Retrofit call runs only once.
 *
 * <p>Nothing foreign leaves this class: transport failures ({@link IOException}) and unreadable answers (Moshi's
 * exceptions, a mapper's {@link IllegalArgumentException}) become {@link Kind#UNAVAILABLE} outcomes whose message
 * says what was wrong; they stay available as the cause.
 *
 * <p>Logs one DEBUG line per exchange: method, path (ids and keys only), status and duration. Never headers or
 * bodies, so no secret reaches a log.
 */
final class Exchange {

  /**
   * Reads the JSON of a successful answer (code 0, HTTP 2xx) into the exchange's value. Every 2xx answer is first
   * given to it as it is, before the envelope is read on its own, so that a plain success is parsed once: a reader
   * must refuse (throw for) an answer whose {@code code} is missing or not 0, and the answer is then classified
   * from its envelope as usual.
   */
  @FunctionalInterface
  interface SuccessReader<T> {
    /**
     * Reads the answer.
     *
     * @param json the whole body, to be read (and then cleared) by the reader
     * @return the value, never null
     * @throws IOException if the JSON is malformed or truncated
     * @throws JsonDataException if the JSON has the wrong shape, or its code is missing or not 0
     * @throws IllegalArgumentException if the content cannot be represented in the domain
     */
    T read(Buffer json) throws IOException;
  }

  /**
   * The most of a JSON answer read; a larger one is refused as unreadable rather than held in memory. A FAQ detail
   * is a few kilobytes, a token answer a few hundred bytes.
   */
  static final long MAX_JSON_BYTES = 16 * 1024 * 1024;

  /** The most of a JSON or text answer read on the streaming endpoint, where it is an error or a mistake. */
  static final long MAX_STREAMED_JSON_BYTES = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
  private static final JsonAdapter<EnvelopeDto> ENVELOPE = FeishuJson.MOSHI.adapter(EnvelopeDto.class);

  private final Resilience resilience;

  Exchange(Resilience resilience) {
    this.resilience = Objects.requireNonNull(resilience, "resilience");
  }

  /**
   * Executes an idempotent call whose answer is JSON, retrying it as {@link Resilience} documents, and classifies
   * the answer.
   *
   * @param what what is asked for, for messages: "FAQ 42"
   * @param calls makes a fresh call, not yet executed, for each attempt
   * @param success reads the value of a successful answer
   * @return the outcome; never throws for anything the server or the network does
   */
  <T> Outcome<T> json(String what, Supplier<Call<ResponseBody>> calls, SuccessReader<T> success) {
    return resilience.retried(what, () -> attemptJson(what, calls.get(), success));
  }

  /**
   * Executes a call whose answer is JSON once, rate-limited and guarded by the breaker but never retried: the
   * token request (see {@link Resilience} why).
   *
   * @param what what is asked for, for messages
   * @param call the call, not yet executed
   * @param success reads the value of a successful answer
   * @return the outcome; never throws for anything the server or the network does
   */
  <T> Outcome<T> jsonOnce(String what, Call<ResponseBody> call, SuccessReader<T> success) {
    return resilience.once(what, () -> attemptJson(what, call, success));
  }

  private static <T> Outcome<T> attemptJson(String what, Call<ResponseBody> call, SuccessReader<T> success) {
    Response<ResponseBody> response;
    try {
      response = execute(call);
    } catch (IOException noAnswer) {
      return Outcome.transportFailure("no answer from Feishu for " + what + ": " + describe(noAnswer), noAnswer);
    }
    ResponseBody body = bodyOf(response);
    try {
      Buffer json = readWhole(body);
      if (json == null) {
        return unreadable(what, response.code(), "a body of more than " + MAX_JSON_BYTES + " bytes",
            "a JSON answer that large is not Feishu's", null);
      }
      if (!response.isSuccessful() || json.size() == 0) {
        return classify(what, response, contentType(body), json.readByteString(), success);
      }
      // A plain success is read straight from the body's own buffer; only if it is not one is the copy classified.
      Buffer copy = new Buffer();
      try {
        json.copyTo(copy.outputStream(), 0, json.size());
        T plain = plainSuccess(json, success);
        return plain != null ? Outcome.ok(plain, response.code())
            : classify(what, response, contentType(body), copy.readByteString(), success);
      } finally {
        copy.clear();
      }
    } catch (IOException brokenOff) {
      return Outcome.transportFailure("the answer from Feishu for " + what + " broke off: " + describe(brokenOff),
          brokenOff);
    } finally {
      closeQuietly(body);
    }
  }

  /**
   * Reads the whole body into its source's own buffer, or returns null when it is larger than
   * {@link #MAX_JSON_BYTES}. The bytes are not copied out: a plain success is parsed where they are. (Copying them
   * with {@code Buffer.copyTo(Buffer, ...)} or reading through {@code peek()} would share Okio's segments, which
   * then never return to its pool.)
   */
  private static Buffer readWhole(ResponseBody body) throws IOException {
    if (body == null) {
      return new Buffer();
    }
    BufferedSource source = body.source();
    return source.request(MAX_JSON_BYTES + 1) ? null : source.buffer();
  }

  /**
   * Executes an idempotent call whose successful answer is a binary stream (an image). A successful answer that is
   * neither JSON nor text is handed over open: the caller must close its body. Any other answer is read (at most
   * {@link #MAX_STREAMED_JSON_BYTES}), classified like a JSON answer, and closed: JSON (Feishu's error envelope) and
   * text (a gateway's page) are never handed over as image bytes, not even with HTTP 200. Retries (as
   * {@link Resilience} documents) cover opening the response, up to its status and headers; once the body is handed
   * over, a failure surfaces from the stream ({@link ImageStream}) and is never retried.
   *
   * @param what what is asked for, for messages
   * @param calls makes a fresh call, not yet executed, for each attempt
   * @return the outcome, holding the open response when it is OK
   */
  Outcome<Response<ResponseBody>> stream(String what, Supplier<Call<ResponseBody>> calls) {
    return resilience.retried(what, () -> attemptStream(what, calls.get()));
  }

  private static Outcome<Response<ResponseBody>> attemptStream(String what, Call<ResponseBody> call) {
    Response<ResponseBody> response;
    try {
      response = execute(call);
    } catch (IOException noAnswer) {
      return Outcome.transportFailure("no answer from Feishu for " + what + ": " + describe(noAnswer), noAnswer);
    }
    ResponseBody body = bodyOf(response);
    MediaType type = contentType(body);
    if (response.isSuccessful() && body != null && !isJson(type) && !isText(type)) {
      return Outcome.ok(response, response.code());
    }
    try {
      if (body != null && body.source().request(MAX_STREAMED_JSON_BYTES + 1)) {
        return unreadable(what, response.code(), "a body of more than " + MAX_STREAMED_JSON_BYTES + " bytes",
            "JSON or text where the image's bytes belong", null);
      }
      ByteString bytes = body == null ? ByteString.EMPTY : body.source().readByteString();
      return classify(what, response, type, bytes, json -> {
        throw new JsonDataException("expected the image's bytes, but Feishu answered with JSON without an error "
            + "code");
      });
    } catch (IOException brokenOff) {
      return Outcome.transportFailure("the answer from Feishu for " + what + " broke off: " + describe(brokenOff),
          brokenOff);
    } finally {
      closeQuietly(body);
    }
  }

  /**
   * The value of a 2xx answer read in one pass, or null when it is not a plain success (a code that is not 0, an
   * unreadable body): {@link #classify} then reads its envelope and says what it is. Reading the envelope first, on
   * its own, would parse every successful answer twice.
   */
  private static <T> T plainSuccess(Buffer json, SuccessReader<T> success) {
    try {
      return success.read(json);
    } catch (IOException | JsonDataException | IllegalArgumentException notPlain) {
      return null;
    } finally {
      json.clear(); // whatever the reader left: back to Okio's segment pool
    }
  }

  private static <T> Outcome<T> classify(String what, Response<ResponseBody> response, MediaType type,
      ByteString bytes, SuccessReader<T> success) {
    int status = response.code();
    EnvelopeDto envelope = null;
    Exception unreadable = null;
    if (bytes.size() > 0) {
      Buffer json = new Buffer().write(bytes);
      try {
        envelope = ENVELOPE.fromJson(json);
      } catch (IOException | JsonDataException notAnEnvelope) {
        unreadable = notAnEnvelope;
      } finally {
        // Reading the envelope stops at its closing brace: give what is left (a trailing newline) back to Okio's
        // segment pool, or every call drains the pool and OkHttp allocates fresh 8 KiB segments for the next.
        json.clear();
      }
    }
    if (envelope != null && envelope.code != null && envelope.code != 0) {
      return FeishuErrors.byCode(what, status, envelope.code, envelope.msg, response.headers());
    }
    if (!response.isSuccessful()) {
      return FeishuErrors.byStatus(what, status, describe(type, bytes), response.headers());
    }
    if (envelope == null || envelope.code == null) {
      String why = unreadable != null ? FeishuJson.describe(unreadable)
          : bytes.size() == 0 ? "the body is empty" : "the JSON has no code";
      return unreadable(what, status, describe(type, bytes), why, unreadable);
    }
    try {
      return Outcome.ok(success.read(new Buffer().write(bytes)), status);
    } catch (IOException | JsonDataException | IllegalArgumentException wrongShape) {
      return unreadable(what, status, describe(type, bytes), FeishuJson.describe(wrongShape), wrongShape);
    }
  }

  private static <T> Outcome<T> unreadable(String what, int status, String body, String why, Throwable cause) {
    return Outcome.failure(Kind.UNAVAILABLE, status, OptionalInt.empty(), "Feishu's answer for " + what
        + " could not be read (HTTP " + status + " with " + body + "): " + why, null, cause);
  }

  /** The body's content type, parsed only where an answer is classified: OkHttp parses it anew on each call. */
  private static MediaType contentType(ResponseBody body) {
    return body == null ? null : body.contentType();
  }

  private static ResponseBody bodyOf(Response<ResponseBody> response) {
    return response.isSuccessful() ? response.body() : response.errorBody();
  }

  private static boolean isText(MediaType type) {
    return type != null && "text".equals(type.type());
  }

  static boolean isJson(MediaType type) {
    return type != null && "application".equals(type.type())
        && ("json".equals(type.subtype()) || type.subtype().endsWith("+json"));
  }

  private static String describe(MediaType type, ByteString bytes) {
    if (bytes.size() == 0) {
      return "an empty body";
    }
    return (type == null ? "a body without a content type" : "a " + type.type() + "/" + type.subtype() + " body")
        + " of " + bytes.size() + " bytes";
  }

  static String describe(IOException failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void closeQuietly(ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }

  /** Executes the call, logging method, path, status and duration: never headers or bodies. */
  private static Response<ResponseBody> execute(Call<ResponseBody> call) throws IOException {
    long started = System.nanoTime();
    Object result = "no answer";
    try {
      Response<ResponseBody> response = call.execute();
      result = response.code();
      return response;
    } finally {
      if (LOG.isDebugEnabled()) {
        Request request = call.request();
        LOG.debug("{} {} -> {} in {} ms", request.method(), request.url().encodedPath(), result,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
    }
  }
}
