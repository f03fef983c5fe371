package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * The Feishu Open Platform endpoints this adapter calls. Paths are relative, so that a base URL with a path prefix
 * (a proxy, a test server) works. Answers are raw bodies: the error answer comes in the same JSON envelope as the
 * success, with any HTTP status, so {@link Exchange} reads and classifies the body itself.
 *
 * <p>The helpdesk paths are given whole ({@code @Url}, from {@link #faqPath} and {@link #imagePath}) rather than as
 * {@code @Path} templates: Retrofit 2.12 percent-encodes every {@code @Path} value and checks the result against a
 * path-traversal regular expression on each call, about a tenth of the adapter's own work per FAQ in the benchmarks.
 * Neither is needed here: a {@link FaqId} and an {@link ImageKey} hold only ASCII letters, digits, {@code -},
 * {@code _} and {@code .}, and are never {@code .} or {@code ..} (the domain refuses anything else before a request
 * is made), so they are path-safe as they are.
 */
interface FeishuApi {

  String AUTHORIZATION = "Authorization";
  String HELPDESK_AUTHORIZATION = "X-Lark-Helpdesk-Authorization";
  /** The FAQs' path, relative to the base URL. */
  String FAQS = "open-apis/helpdesk/v1/faqs/";

  /**
   * {@code GET /open-apis/helpdesk/v1/faqs/{id}}: the FAQ detail, read whole by {@link Exchange}.
   *
   * @param faqPath {@link #faqPath}
   */
  @Streaming
  @GET
  Call<ResponseBody> faq(
      @Url String faqPath,
      @Header(AUTHORIZATION) String bearer,
      @Header(HELPDESK_AUTHORIZATION) String helpdeskAuthorization);

  /**
   * {@code GET /open-apis/helpdesk/v1/faqs/{id}/image/{image_key}}: an image, streamed rather than buffered.
   *
   * @param imagePath {@link #imagePath}
   */
  @Streaming
  @GET
  Call<ResponseBody> image(
      @Url String imagePath,
      @Header(AUTHORIZATION) String bearer,
      @Header(HELPDESK_AUTHORIZATION) String helpdeskAuthorization);

  /** {@code open-apis/helpdesk/v1/faqs/{id}}, relative to the base URL. */
  static String faqPath(FaqId id) {
    return FAQS + id.value();
  }

  /** {@code open-apis/helpdesk/v1/faqs/{id}/image/{image_key}}, relative to the base URL. */
  static String imagePath(FaqId id, ImageKey key) {
    return FAQS + id.value() + "/image/" + key.value();
  }

  /** {@code POST /open-apis/auth/v3/tenant_access_token/internal}: a tenant token for a self-built app. */
  @POST("open-apis/auth/v3/tenant_access_token/internal")
  Call<ResponseBody> tenantAccessToken(@Body TokenRequestDto credentials);
}
