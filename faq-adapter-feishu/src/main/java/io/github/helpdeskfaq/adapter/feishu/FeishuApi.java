package io.github.helpdeskfaq.adapter.feishu;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/**
 * The Feishu Open Platform endpoints this adapter calls. Paths are relative, so that a base URL with a path prefix
 * (a proxy, a test server) works. Answers are raw bodies: the error answer comes in the same JSON envelope as the
 * success, with any HTTP status, so {@link Exchange} reads and classifies the body itself.
 */
interface FeishuApi {

  String AUTHORIZATION = "Authorization";
  String HELPDESK_AUTHORIZATION = "X-Lark-Helpdesk-Authorization";

  /** {@code GET /open-apis/helpdesk/v1/faqs/{id}}: the FAQ detail, read whole by {@link Exchange}. */
  @Streaming
  @GET("open-apis/helpdesk/v1/faqs/{id}")
  Call<ResponseBody> faq(
      @Path("id") String faqId,
      @Header(AUTHORIZATION) String bearer,
      @Header(HELPDESK_AUTHORIZATION) String helpdeskAuthorization);

  /** {@code GET /open-apis/helpdesk/v1/faqs/{id}/image/{image_key}}: an image, streamed rather than buffered. */
  @Streaming
  @GET("open-apis/helpdesk/v1/faqs/{id}/image/{image_key}")
  Call<ResponseBody> image(
      @Path("id") String faqId,
      @Path("image_key") String imageKey,
      @Header(AUTHORIZATION) String bearer,
      @Header(HELPDESK_AUTHORIZATION) String helpdeskAuthorization);

  /** {@code POST /open-apis/auth/v3/tenant_access_token/internal}: a tenant token for a self-built app. */
  @POST("open-apis/auth/v3/tenant_access_token/internal")
  Call<ResponseBody> tenantAccessToken(@Body TokenRequestDto credentials);
}
