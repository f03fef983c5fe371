package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.JsonDataException;
import io.github.helpdeskfaq.adapter.feishu.CachedTenantTokens.IssuedToken;
import io.github.helpdeskfaq.adapter.feishu.Outcome.Kind;
import io.github.helpdeskfaq.domain.FaqAccessDeniedException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okio.Buffer;

/**
 * Fetches a tenant token for a self-built app: {@code POST /open-apis/auth/v3/tenant_access_token/internal} with
 * {@code {app_id, app_secret}}, through {@link Exchange} like every other call: rate-limited and guarded by the
 * circuit breaker, but never retried ({@link Exchange#jsonOnce}). A refusal (a non-zero code such as 10014, app
 * secret invalid) is {@link FaqAccessDeniedException}; an outage, an open breaker or client-side throttling is
 * {@link io.github.helpdeskfaq.domain.FaqServiceUnavailableException}.
 */
final class TenantTokenClient implements Supplier<IssuedToken> {

  private final FeishuApi api;
  private final Exchange exchange;
  private final String appId;
  private final String appSecret;

  TenantTokenClient(FeishuApi api, Exchange exchange, String appId, String appSecret) {
    this.api = Objects.requireNonNull(api, "api");
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
  }

  @Override
  public IssuedToken get() {
    Outcome<IssuedToken> outcome = exchange.jsonOnce("a tenant access token for app " + appId,
        api.tenantAccessToken(new TokenRequestDto(appId, appSecret)), TenantTokenClient::read);
    if (outcome.kind() == Kind.OK || outcome.kind() == Kind.UNAVAILABLE) {
      return outcome.toOptional().orElseThrow();
    }
    String message = "Feishu issued no tenant access token: " + outcome.message();
    Throwable cause = outcome.cause().orElse(null);
    throw outcome.serviceCode().isPresent()
        ? new FaqAccessDeniedException(message, outcome.serviceCode().getAsInt(), cause)
        : new FaqAccessDeniedException(message, cause);
  }

  private static IssuedToken read(Buffer json) throws IOException {
    TokenResponseDto answer = FeishuJson.parse(FeishuJson.TOKEN_RESPONSE, json);
    if (answer == null || answer.code == null || answer.code != 0) {
      throw new JsonDataException("the answer's code is " + (answer == null ? null : answer.code) + ", not 0");
    }
    if (answer.tenantAccessToken == null || answer.tenantAccessToken.isBlank()) {
      throw new JsonDataException("the answer has no tenant_access_token");
    }
    if (!TenantTokens.isHeaderSafe(answer.tenantAccessToken)) {
      throw new JsonDataException("the tenant_access_token has characters that cannot be sent in an HTTP header");
    }
    if (answer.expire == null || answer.expire <= 0) {
      throw new JsonDataException("the answer has no positive expire (was " + answer.expire + ")");
    }
    return new IssuedToken(answer.tenantAccessToken, Duration.ofSeconds(answer.expire));
  }

  @Override
  public String toString() {
    return "TenantTokenClient{appId=" + appId + ", appSecret=****}";
  }
}
