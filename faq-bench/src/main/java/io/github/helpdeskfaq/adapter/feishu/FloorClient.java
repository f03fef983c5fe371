package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.shaded.moshi.JsonAdapter;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.HttpUrl;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.MediaType;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.OkHttpClient;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Request;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.RequestBody;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.Response;
import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.ResponseBody;
import io.github.helpdeskfaq.bench.BenchClient;
import io.github.helpdeskfaq.bench.Digests;
import java.io.IOException;

/**
 * The floor: what the adapter does at the least, by hand. Raw OkHttp 3.14.9 and Moshi 1.11 read the answer straight
 * from the socket into the adapter's own DTOs ({@link FaqResponseDto}, with {@link FeishuJson#MOSHI}'s lenient
 * adapters), with the same two headers and a tenant token fetched once; no Retrofit, no envelope pass, no mapping to
 * the domain, no error classification, no decorators. Our adapter's time and allocation are measured against this.
 *
 * <p>This class lives in faq-bench but in the adapter's package, {@code io.github.helpdeskfaq.adapter.feishu}, because
 * the DTOs and {@code FeishuJson} are package-private there and must stay so: on the class path a package may span
 * jars. Nothing outside faq-bench sees it. Its OkHttp and Moshi are the adapter's own, relocated inside the adapter's
 * jar ({@code ...adapter.feishu.shaded}), so faq-bench compiles against the packaged adapter only.
 */
public final class FloorClient implements BenchClient {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final JsonAdapter<TokenRequestDto> TOKEN_REQUEST = FeishuJson.MOSHI.adapter(TokenRequestDto.class);

  private final OkHttpClient http;
  private final HttpUrl faqs;
  private final String faqId;
  private final String imageKey;
  private final String bearer;
  private final String helpdeskAuthorization;

  /**
   * Fetches the tenant token once, with the given OkHttp client: a plain one for the loopback server, or an
   * in-memory one for the benchmark of each client's own work.
   *
   * @param http the client
   * @param baseUrl the server, {@code http://127.0.0.1:port}
   * @param appId the app's id
   * @param appSecret the app's secret
   * @param helpdeskAuthorization the value of {@code X-Lark-Helpdesk-Authorization}
   * @param faqId the FAQ to get
   * @param imageKey its image to download
   * @throws IOException if the token cannot be fetched
   */
  public FloorClient(OkHttpClient http, String baseUrl, String appId, String appSecret, String helpdeskAuthorization,
      String faqId, String imageKey) throws IOException {
    this.http = http;
    HttpUrl base = HttpUrl.get(baseUrl);
    this.faqs = base.newBuilder().addPathSegments("open-apis/helpdesk/v1/faqs").build();
    this.faqId = faqId;
    this.imageKey = imageKey;
    this.helpdeskAuthorization = helpdeskAuthorization;
    Request tokenRequest = new Request.Builder()
        .url(base.newBuilder().addPathSegments("open-apis/auth/v3/tenant_access_token/internal").build())
        .post(RequestBody.create(JSON, TOKEN_REQUEST.toJson(new TokenRequestDto(appId, appSecret))))
        .build();
    try (Response response = http.newCall(tokenRequest).execute()) {
      TokenResponseDto token = FeishuJson.MOSHI.adapter(TokenResponseDto.class).fromJson(response.body().source());
      if (token == null || token.code == null || token.code != 0 || token.tenantAccessToken == null) {
        throw new IOException("no tenant token: HTTP " + response.code());
      }
      this.bearer = "Bearer " + token.tenantAccessToken;
    }
  }

  /** GET the FAQ, read it into the DTOs; a failure is an exception, never a measured answer. */
  @Override
  public FaqResponseDto getFaq() throws IOException {
    try (Response response = http.newCall(request(faqs.newBuilder().addPathSegment(faqId)))
        .execute()) {
      FaqResponseDto answer = FeishuJson.FAQ_RESPONSE.fromJson(response.body().source());
      if (!response.isSuccessful() || answer == null || answer.code == null || answer.code != 0
          || answer.data == null || answer.data.faq == null) {
        throw new IOException("floor: HTTP " + response.code() + " without the FAQ");
      }
      return answer;
    }
  }

  /** The OkHttp client, for {@link RetrofitClient}. */
  OkHttpClient http() {
    return http;
  }

  /** The {@code Authorization} header's value, for {@link RetrofitClient}. */
  String bearer() {
    return bearer;
  }

  /** The server's root URL, for {@link RetrofitClient}. */
  HttpUrl baseUrl() {
    return faqs.newBuilder().encodedPath("/").build();
  }

  @Override
  public String questionOf(Object faq) {
    return ((FaqResponseDto) faq).data.faq.question;
  }

  /** GET the image and digest it straight from the socket. */
  @Override
  public byte[] imageSha256() throws IOException {
    HttpUrl.Builder url = faqs.newBuilder().addPathSegment(faqId).addPathSegment("image").addPathSegment(imageKey);
    try (Response response = http.newCall(request(url)).execute()) {
      ResponseBody body = response.body();
      MediaType type = body.contentType();
      if (!response.isSuccessful() || type == null || !"image".equals(type.type())) {
        throw new IOException("floor: HTTP " + response.code() + " with " + type + " instead of the image");
      }
      return Digests.sha256(body.byteStream());
    }
  }

  private Request request(HttpUrl.Builder url) {
    return new Request.Builder()
        .url(url.build())
        .header(AuthorizationHeaders.AUTHORIZATION, bearer)
        .header(AuthorizationHeaders.HELPDESK_AUTHORIZATION, helpdeskAuthorization)
        .build();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
