package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.OkHttpClient;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.Call;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.Response;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.Retrofit;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.converter.moshi.MoshiConverterFactory;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.http.GET;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.http.Header;
import io.github.helpdeskfaq.adapter.feishu.shaded.retrofit2.http.Path;
import io.github.helpdeskfaq.bench.BenchClient;
import java.io.IOException;

/**
 * A reference, not a target: Retrofit 2 and Moshi as their documentation shows them, a {@code Call<FaqResponseDto>}
 * converted by {@code MoshiConverterFactory} into the adapter's own DTOs with its lenient adapters, on the floor's
 * OkHttp client and token; no decorators, no mapping, no error classification. It shows what Retrofit itself costs
 * on top of the floor, which the adapter pays too (the product is built on Retrofit + Moshi). The image is the
 * floor's download.
 */
public final class RetrofitClient implements BenchClient {

  /** The FAQ-detail endpoint, declared as an application would declare it. */
  interface Api {
    @GET("open-apis/helpdesk/v1/faqs/{id}")
    Call<FaqResponseDto> faq(@Path("id") String id, @Header(AuthorizationHeaders.AUTHORIZATION) String bearer,
        @Header(AuthorizationHeaders.HELPDESK_AUTHORIZATION) String helpdeskAuthorization);
  }

  private final FloorClient floor;
  private final Api api;
  private final String faqId;
  private final String helpdeskAuthorization;

  /**
   * @param floor the floor, whose client, base URL and token are used
   * @param helpdeskAuthorization the value of {@code X-Lark-Helpdesk-Authorization}
   * @param faqId the FAQ to get
   */
  public RetrofitClient(FloorClient floor, String helpdeskAuthorization, String faqId) {
    this.floor = floor;
    this.api = new Retrofit.Builder()
        .baseUrl(floor.baseUrl())
        .client(floor.http())
        .addConverterFactory(MoshiConverterFactory.create(FeishuJson.MOSHI))
        .build()
        .create(Api.class);
    this.faqId = faqId;
    this.helpdeskAuthorization = helpdeskAuthorization;
  }

  /** GET the FAQ into the DTOs; a failure is an exception, never a measured answer. */
  @Override
  public FaqResponseDto getFaq() throws IOException {
    Response<FaqResponseDto> response = api.faq(faqId, floor.bearer(), helpdeskAuthorization).execute();
    FaqResponseDto answer = response.body();
    if (!response.isSuccessful() || answer == null || answer.code == null || answer.code != 0
        || answer.data == null || answer.data.faq == null) {
      throw new IOException("retrofit: HTTP " + response.code() + " without the FAQ");
    }
    return answer;
  }

  @Override
  public String questionOf(Object faq) {
    return ((FaqResponseDto) faq).data.faq.question;
  }

  @Override
  public byte[] imageSha256() throws IOException {
    return floor.imageSha256();
  }

  @Override
  public void close() {
    floor.close();
  }
}
