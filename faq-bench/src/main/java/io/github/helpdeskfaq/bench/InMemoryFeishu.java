package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Interceptor;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.MediaType;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.OkHttpClient;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Protocol;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Request;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Response;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.ResponseBody;
import io.github.helpdeskfaq.adapter.feishu.shaded.okio.Okio;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Feishu without a network, for {@link ClientWorkBenchmark}: an application interceptor of the adapter's OkHttp (its
 * own copy, relocated inside its jar, which the floor and Retrofit clients use too) that answers the token request
 * and the seed FAQ with the very bytes the loopback server sends, and 401 to wrong headers, before OkHttp opens any
 * connection. What is left to measure is each client's own work per call: building the request,
 * OkHttp's call and interceptor chain, reading the JSON, and (for the adapter) Retrofit, the decorators and the
 * mapping. The official SDK gets the same answers through its own shaded copy of OkHttp 3.14.9
 * ({@link #officialSdkClient()}, given to it as {@code httpTransport(new OkHttpTransport(...))}).
 */
final class InMemoryFeishu implements Interceptor {

  /** A base URL that nothing listens on: the interceptor answers before OkHttp connects. */
  static final String BASE_URL = "http://127.0.0.1:9";

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final byte[] faq = Seed.faqJson();

  /** A client whose every call is answered in memory. */
  static OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(new InMemoryFeishu()).build();
  }

  /** A client of the official SDK's own (shaded) OkHttp whose every call is answered in memory. */
  static com.lark.oapi.okhttp.OkHttpClient officialSdkClient() {
    return new com.lark.oapi.okhttp.OkHttpClient.Builder().addInterceptor(new ForOfficialSdk()).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Answer answer = route(request.method(), request.url().encodedPath(), request.header("Authorization"),
        request.header("X-Lark-Helpdesk-Authorization"));
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(answer.code())
        .message(answer.code() == 200 ? "OK" : "Error")
        .header("Content-Type", JSON.toString())
        .body(ResponseBody.create(JSON, answer.json().length,
            Okio.buffer(Okio.source(new ByteArrayInputStream(answer.json())))))
        .build();
  }

  /**
   * What the server answers, as the loopback server does: the token to the token request, the FAQ to a request with
   * the right headers, 401 to wrong headers, 404 to anything else.
   */
  private Answer route(String method, String path, String authorization, String helpdesk) {
    if ("POST".equals(method) && BenchServer.TOKEN_PATH.equals(path)) {
      return new Answer(200, BenchServer.TOKEN_ANSWER);
    }
    if (!BenchServer.BEARER.equals(authorization) || !BenchServer.HELPDESK_AUTHORIZATION.equals(helpdesk)) {
      return new Answer(401, BenchServer.UNAUTHORIZED);
    }
    return "GET".equals(method) && BenchServer.FAQ_PATH.equals(path) ? new Answer(200, faq)
        : new Answer(404, BenchServer.NOT_FOUND);
  }

  /**
   * An answer's status and JSON. The interceptors give it a body read through a buffered source that gives its
   * segments back to Okio's pool when closed, as OkHttp's own does. ({@code ResponseBody.create(type, bytes)} reads from a bare
   * {@code Buffer}, whose close does nothing: a client that leaves bytes unread, as a JSON reader stopping at the
   * closing brace does, would lose an 8 KiB segment per call, which it does not over a socket.)
   */
  private record Answer(int code, byte[] json) {}

  /** The same answers through the official SDK's shaded copy of OkHttp 3.14.9, so that it does the same work. */
  private static final class ForOfficialSdk implements com.lark.oapi.okhttp.Interceptor {

    private static final com.lark.oapi.okhttp.MediaType SDK_JSON =
        com.lark.oapi.okhttp.MediaType.get(JSON.toString());
    private final InMemoryFeishu feishu = new InMemoryFeishu();

    @Override
    public com.lark.oapi.okhttp.Response intercept(Chain chain) throws IOException {
      com.lark.oapi.okhttp.Request request = chain.request();
      Answer answer = feishu.route(request.method(), request.url().encodedPath(), request.header("Authorization"),
          request.header("X-Lark-Helpdesk-Authorization"));
      return new com.lark.oapi.okhttp.Response.Builder()
          .request(request)
          .protocol(com.lark.oapi.okhttp.Protocol.HTTP_1_1)
          .code(answer.code())
          .message(answer.code() == 200 ? "OK" : "Error")
          .header("Content-Type", SDK_JSON.toString())
          .body(com.lark.oapi.okhttp.ResponseBody.create(SDK_JSON, answer.json().length,
              com.lark.oapi.okio.Okio.buffer(com.lark.oapi.okio.Okio.source(
                  new ByteArrayInputStream(answer.json())))))
          .build();
    }
  }
}
