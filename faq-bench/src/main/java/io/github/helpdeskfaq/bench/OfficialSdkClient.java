package io.github.helpdeskfaq.bench;

import com.lark.oapi.Client;
import com.lark.oapi.service.helpdesk.v1.model.FaqImageFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.FaqImageFaqResp;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqResp;

/**
 * The official Feishu / Lark Java SDK ({@code com.larksuite.oapi:oapi-sdk}), configured as its documentation shows for
 * a self-built app with helpdesk credentials: it fetches and caches the tenant token itself, and uses its default
 * transport (its own shaded OkHttp 3.14.9) and Gson. Requests are logged at DEBUG rather than INFO
 * ({@code logReqAtDebug}), so that, like our adapter, it writes no log line per call.
 */
final class OfficialSdkClient implements BenchClient {

  private final Client client;

  OfficialSdkClient(Endpoint endpoint) {
    this.client = Client.newBuilder(Seed.APP_ID, Seed.APP_SECRET)
        .openBaseUrl(endpoint.baseUrl)
        .helpDeskCredential(Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN)
        .logReqAtDebug(true)
        .build();
  }

  @Override
  public com.lark.oapi.service.helpdesk.v1.model.Faq getFaq() throws Exception {
    GetFaqResp answer = client.helpdesk().faq().get(GetFaqReq.newBuilder().id(Seed.FAQ_ID).build());
    if (!answer.success()) {
      throw new IllegalStateException("official SDK: code " + answer.getCode() + ", " + answer.getMsg());
    }
    return answer.getData().getFaq();
  }

  @Override
  public String questionOf(Object faq) {
    return ((com.lark.oapi.service.helpdesk.v1.model.Faq) faq).getQuestion();
  }

  /** The SDK answers with the whole image in a {@code ByteArrayOutputStream}; it is digested without a copy. */
  @Override
  public byte[] imageSha256() throws Exception {
    FaqImageFaqResp answer = client.helpdesk().faq().faqImage(
        FaqImageFaqReq.newBuilder().id(Seed.FAQ_ID).imageKey(Seed.IMAGE_KEY_VALUE).build());
    if (!answer.success()) {
      throw new IllegalStateException("official SDK: code " + answer.getCode() + ", " + answer.getMsg());
    }
    Digests.DigestingOutputStream digest = new Digests.DigestingOutputStream();
    answer.getData().writeTo(digest);
    return digest.digest();
  }

  @Override
  public void close() {
    // The SDK's client has nothing to close; its OkHttp threads are daemons.
  }
}
