package io.github.helpdeskfaq.adapter.feishu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the two authorization headers to every request that carries a {@link TenantToken} tag (the helpdesk calls):
 * {@code Authorization: Bearer <tenant_access_token>} and
 * {@code X-Lark-Helpdesk-Authorization: base64(helpdesk_id:helpdesk_token)}. A request without the tag (the
 * tenant-token request) goes out without either.
 */
final class AuthorizationHeaders implements Interceptor {

  static final String AUTHORIZATION = "Authorization";
  static final String HELPDESK_AUTHORIZATION = "X-Lark-Helpdesk-Authorization";

  private final String helpdeskAuthorization;

  AuthorizationHeaders(String helpdeskId, String helpdeskToken) {
    this.helpdeskAuthorization = Base64.getEncoder()
        .encodeToString((helpdeskId + ":" + helpdeskToken).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    TenantToken token = request.tag(TenantToken.class);
    if (token == null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder()
        .header(AUTHORIZATION, "Bearer " + token.value())
        .header(HELPDESK_AUTHORIZATION, helpdeskAuthorization)
        .build());
  }

  @Override
  public String toString() {
    return "AuthorizationHeaders[****]";
  }
}
