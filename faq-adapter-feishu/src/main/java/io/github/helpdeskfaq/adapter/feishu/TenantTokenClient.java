package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.CachedTenantTokens.IssuedToken;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Fetches a tenant token for a self-built app: {@code POST /open-apis/auth/v3/tenant_access_token/internal} with
 * {@code {app_id, app_secret}}, through {@link Exchange#issue}: rate-limited and guarded by the circuit breaker,
 * never retried. What a failure comes to is in {@link FeishuErrors} (its last row).
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
    return exchange.issue("a tenant access token for app " + appId,
        api.tenantAccessToken(new TokenRequestDto(appId, appSecret)), TenantTokenClient::issued);
  }

  /** The token of an answer with code 0; an {@link IllegalArgumentException} says what is missing. */
  private static IssuedToken issued(TokenResponseDto answer) {
    if (answer.tenantAccessToken == null || answer.tenantAccessToken.isBlank()) {
      throw new IllegalArgumentException("the answer has no tenant_access_token");
    }
    if (!TenantTokens.isHeaderSafe(answer.tenantAccessToken)) {
      throw new IllegalArgumentException("the tenant_access_token has characters that cannot be sent in an HTTP "
          + "header");
    }
    if (answer.expire == null || answer.expire <= 0) {
      throw new IllegalArgumentException("the answer has no positive expire (was " + answer.expire + ")");
    }
    return new IssuedToken(answer.tenantAccessToken, Duration.ofSeconds(answer.expire));
  }

  @Override
  public String toString() {
    return "TenantTokenClient{appId=" + appId + ", appSecret=****}";
  }
}
