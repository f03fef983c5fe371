package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.domain.port.Diagnostics;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * One request to Feishu: executed, its answer classified by {@link FeishuErrors} into an {@link Outcome}, and
 * reported to the listener. Never throws for what the server or the network does; retries, permits and tokens are
 * its callers' ({@link Exchange}, {@link TenantTokenClient}). Logs one DEBUG line per request (method, path, status,
 * duration, Feishu's log id): never another header or a body.
 */
final class Requests {

  private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

  private final FeishuConverters converters;
  private final Reporting reporting;
  private final CallDeadlines deadlines;

  /**
   * @param deadlines bound a JSON call in all; a stream's is left to the read and connect timeouts
   */
  Requests(FeishuConverters converters, Reporting reporting, CallDeadlines deadlines) {
    this.converters = converters;
    this.reporting = reporting;
    this.deadlines = deadlines;
  }

  /**
   * A request whose answer is JSON, its data mapped.
   *
   * @param mapping turns the answer's data into the domain's value; an {@link IllegalArgumentException} from it means
   *     the answer cannot be represented (unreadable)
   */
  <D, R> Outcome<R> json(CallContext call, Call<FeishuAnswer<D>> request, Function<D, R> mapping) {
    long started = reporting.now();
    Outcome<R> outcome = readJson(call, request, mapping);
    reporting.requestFinished(call, outcome.failure(), outcome.logId(), started);
    return outcome;
  }

  /**
   * A request whose answer is a stream: a JSON or text answer is classified and closed, never handed over as the
   * stream, even with 2xx.
   *
   * @return the open response, whose body the caller must close, or the failure
   */
  Outcome<Response<ResponseBody>> stream(CallContext call, Call<ResponseBody> request) {
    long started = reporting.now();
    Outcome<Response<ResponseBody>> outcome = openStream(call, request);
    reporting.requestFinished(call, outcome.failure(), outcome.logId(), started);
    return outcome;
  }

  private <D, R> Outcome<R> readJson(CallContext call, Call<FeishuAnswer<D>> request, Function<D, R> mapping) {
    Response<FeishuAnswer<D>> response;
    CallDeadlines.Watch watch = deadlines.watch(request);
    try {
      response = execute(request); // the converter reads the whole body: the answer is complete here
    } catch (IOException noAnswer) {
      return Outcome.failed(watch != null && watch.expired()
          ? FeishuErrors.noAnswerInTime(call.what(), deadlines.timeout(), noAnswer)
          : FeishuErrors.noAnswer(call.what(), noAnswer));
    } finally {
      if (watch != null) {
        watch.close();
      }
    }
    if (!response.isSuccessful()) {
      return Outcome.failed(errorAnswer(call, response));
    }
    FeishuAnswer<D> answer = response.body();
    if (answer == null || answer.unreadable != null || answer.code == null) {
      return failed(response, answer, unreadable(call, response.code(), answer, "the JSON has no code"));
    }
    if (answer.code != 0) {
      return failed(response, answer, FeishuErrors.answered(call.what(), response.code(), answer.code, answer.msg,
          answer.body, response.headers()));
    }
    try {
      return Outcome.ok(mapping.apply(answer.data), FeishuDiagnostics.logId(response.headers()));
    } catch (IllegalArgumentException unrepresentable) {
      return failed(response, answer, FeishuErrors.unreadable(call.what(), response.code(), answer.body,
          unrepresentable.getMessage(), unrepresentable));
    }
  }

  private Outcome<Response<ResponseBody>> openStream(CallContext call, Call<ResponseBody> request) {
    Response<ResponseBody> response;
    try {
      response = execute(request);
    } catch (IOException noAnswer) {
      return Outcome.failed(FeishuErrors.noAnswer(call.what(), noAnswer));
    }
    if (!response.isSuccessful()) {
      return Outcome.failed(errorAnswer(call, response));
    }
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    if (body != null && !isJson(type) && !isText(type)) {
      return Outcome.ok(response, FeishuDiagnostics.logId(response.headers()));
    }
    FeishuAnswer<Object> answer = envelope(body);
    if (answer.code != null && answer.code != 0) {
      return failed(response, answer, FeishuErrors.answered(call.what(), response.code(), answer.code, answer.msg,
          answer.body, response.headers()));
    }
    return failed(response, answer, unreadable(call, response.code(), answer, answer.code == null
        ? "the JSON has no code" : "expected the image's bytes, but Feishu answered with JSON without an error code"));
  }

  /** A non-2xx answer: its envelope (Retrofit has read the body already) and its status decide. */
  private Failure errorAnswer(CallContext call, Response<?> response) {
    FeishuAnswer<Object> answer = envelope(response.errorBody());
    return FeishuErrors.answered(call.what(), response.code(), answer.code, answer.msg, answer.body, response.headers())
        .withDiagnostics(FeishuDiagnostics.of(response.headers(), answer.diagnostics));
  }

  /** A failure of an answer, with the answer's diagnostics. */
  private static <T> Outcome<T> failed(Response<?> response, FeishuAnswer<?> answer, Failure failure) {
    Diagnostics body = answer == null ? Diagnostics.none() : answer.diagnostics;
    return Outcome.failed(failure.withDiagnostics(FeishuDiagnostics.of(response.headers(), body)));
  }

  private FeishuAnswer<Object> envelope(ResponseBody body) {
    if (body == null) {
      return new FeishuAnswer<>(null, null, null, BodyDescription.EMPTY, "the body is empty", null);
    }
    try {
      return converters.envelope().convert(body);
    } catch (IOException brokenOff) {
      return new FeishuAnswer<>(null, null, null, BodyDescription.of("a body that broke off"),
          FeishuErrors.describe(brokenOff),
          brokenOff);
    }
  }

  private static Failure unreadable(CallContext call, int status, FeishuAnswer<?> answer, String otherwise) {
    if (answer == null) {
      return FeishuErrors.unreadable(call.what(), status, BodyDescription.EMPTY, "the body is empty", null);
    }
    return FeishuErrors.unreadable(call.what(), status, answer.body, answer.unreadable != null ? answer.unreadable
        : otherwise, answer.cause);
  }

  private static boolean isText(MediaType type) {
    return type != null && "text".equals(type.type());
  }

  private static boolean isJson(MediaType type) {
    return type != null && "application".equals(type.type())
        && ("json".equals(type.subtype()) || type.subtype().endsWith("+json"));
  }

  /**
   * Executes the request, logging method, path, status, duration and Feishu's log id: never other headers or
   * bodies.
   */
  private static <T> Response<T> execute(Call<T> request) throws IOException {
    long started = System.nanoTime();
    Response<T> response = null;
    try {
      response = request.execute();
      return response;
    } finally {
      if (LOG.isDebugEnabled()) {
        Request sent = request.request();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.debug("{} {} -> {} in {} ms{}", sent.method(), sent.url().encodedPath(),
            response == null ? "no answer" : response.code(), millis, response == null ? ""
                : FeishuDiagnostics.logId(response.headers()).map(id -> " (log id " + id + ")").orElse(""));
      }
    }
  }
}
