package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The Feishu Open Platform endpoints this adapter calls, as Retrofit declares them: each path is written here once,
 * relative, so that a base URL with a path prefix (a proxy, a test server) works. A JSON endpoint returns
 * {@code Call<FeishuAnswer<D>>}: {@link FeishuConverters} reads the envelope and its {@code data} as {@code D}, and
 * {@link Requests} executes the call. A helpdesk endpoint takes the two authorizations as header parameters, which
 * {@link FeishuConverters} writes; the tenant-token request sends neither.
 *
 * <p>Adding an endpoint: a method here, a DTO for its data, and a port method that calls it through
 * {@link Exchange} with its mapping to the domain and its name for the listener ({@code FeishuListener.Endpoint}).
 */
interface FeishuApi {

  /** The access token's header: {@code Bearer <tenant_access_token>} on reads, the user access token on writes. */
  String AUTHORIZATION = "Authorization";
  /** The helpdesk's header, {@code base64(helpdesk_id:helpdesk_token)}. */
  String HELPDESK_AUTHORIZATION = "X-Lark-Helpdesk-Authorization";

  /**
   * The FAQ detail ("获取指定知识库详情", https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/get).
   */
  @GET("open-apis/helpdesk/v1/faqs/{faq_id}")
  Call<FeishuAnswer<FaqResponseDto.Data>> faq(@Path("faq_id") FaqId id, @Header(AUTHORIZATION) TenantToken token,
      @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * An image of a FAQ, streamed rather than buffered ("获取知识库图像",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/faq_image).
   */
  @Streaming
  @GET("open-apis/helpdesk/v1/faqs/{faq_id}/image/{image_key}")
  Call<ResponseBody> image(@Path("faq_id") FaqId id, @Path("image_key") ImageKey key,
      @Header(AUTHORIZATION) TenantToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * A page of the FAQ list ("获取全部知识库详情",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/list). A null parameter is left out.
   */
  @GET("open-apis/helpdesk/v1/faqs")
  Call<FeishuAnswer<FaqPageDto>> faqs(@Query("category_id") String categoryId, @Query("status") String status,
      @Query("search") String search, @Query("page_token") String pageToken, @Query("page_size") int pageSize,
      @Header(AUTHORIZATION) TenantToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * A page of a search ("搜索知识库",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/search); {@code base64} is
   * {@code "true"} when the query is Base64, else null and left out.
   */
  @GET("open-apis/helpdesk/v1/faqs/search")
  Call<FeishuAnswer<FaqPageDto>> searchFaqs(@Query("query") String query, @Query("base64") String base64,
      @Query("page_token") String pageToken, @Query("page_size") int pageSize,
      @Header(AUTHORIZATION) TenantToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * The category tree, not paged ("获取全部知识库分类",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/category/list-categories): {@code lang}
   * (the categories' language, such as {@code zh_cn}), {@code order_by} ({@code 1}: by update time) and {@code asc}
   * ({@code true}: ascending); the page states no default for any. A null parameter is left out.
   */
  @GET("open-apis/helpdesk/v1/categories")
  Call<FeishuAnswer<CategoriesDto>> categories(@Query("lang") String lang, @Query("order_by") Integer orderBy,
      @Query("asc") Boolean asc, @Header(AUTHORIZATION) TenantToken token,
      @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * One category, flat in {@code data} ("获取知识库分类",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/category/get).
   */
  @GET("open-apis/helpdesk/v1/categories/{category_id}")
  Call<FeishuAnswer<CategoryDto>> category(@Path("category_id") String id,
      @Header(AUTHORIZATION) TenantToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** Creates a FAQ (see {@link FaqWriteDto}); the answer holds it as the FAQ detail does. */
  @POST("open-apis/helpdesk/v1/faqs")
  Call<FeishuAnswer<WriteAnswerDto>> createFaq(@Body FaqWriteDto faq, @Header(AUTHORIZATION) UserToken token,
      @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** Changes the fields of a FAQ that the body names (see {@link FaqWriteDto}). */
  @PATCH("open-apis/helpdesk/v1/faqs/{faq_id}")
  Call<FeishuAnswer<WriteAnswerDto>> patchFaq(@Path("faq_id") FaqId id, @Body FaqWriteDto faq,
      @Header(AUTHORIZATION) UserToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** Deletes a FAQ ("删除知识库", https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/faq/delete). */
  @DELETE("open-apis/helpdesk/v1/faqs/{faq_id}")
  Call<FeishuAnswer<WriteAnswerDto>> deleteFaq(@Path("faq_id") FaqId id, @Header(AUTHORIZATION) UserToken token,
      @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** Creates a category (see {@link CategoryWriteDto}); the answer holds it as {@code data.category}. */
  @POST("open-apis/helpdesk/v1/categories")
  Call<FeishuAnswer<WriteAnswerDto>> createCategory(@Body CategoryWriteDto category,
      @Header(AUTHORIZATION) UserToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** Renames or moves a category (see {@link CategoryWriteDto}). */
  @PATCH("open-apis/helpdesk/v1/categories/{category_id}")
  Call<FeishuAnswer<WriteAnswerDto>> patchCategory(@Path("category_id") String id, @Body CategoryWriteDto category,
      @Header(AUTHORIZATION) UserToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /**
   * Deletes a category ("删除知识库分类",
   * https://open.feishu.cn/document/server-docs/helpdesk-v1/faq-management/category/delete).
   */
  @DELETE("open-apis/helpdesk/v1/categories/{category_id}")
  Call<FeishuAnswer<WriteAnswerDto>> deleteCategory(@Path("category_id") String id,
      @Header(AUTHORIZATION) UserToken token, @Header(HELPDESK_AUTHORIZATION) HelpdeskAuthorization helpdesk);

  /** User tokens for a code or a refresh token (see {@link UserTokenRequestDto}); the answer is flat. */
  @POST("open-apis/authen/v2/oauth/token")
  Call<FeishuAnswer<UserTokenResponseDto>> userAccessToken(@Body UserTokenRequestDto request);

  /**
   * A tenant token for a self-built app ("自建应用获取 tenant_access_token",
   * https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/tenant_access_token_internal).
   */
  @POST("open-apis/auth/v3/tenant_access_token/internal")
  Call<FeishuAnswer<TokenResponseDto>> tenantAccessToken(@Body TokenRequestDto credentials);
}
