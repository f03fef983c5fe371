package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.CachedTenantTokens.IssuedToken;
import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Kind;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Fetches a tenant token for a self-built app: {@code {app_id, app_secret}} to the token endpoint, as one of
 * {@link Requests} guarded by {@link Resilience} (rate-limited, counted by the breaker) and never retried: it is made
 * under the lock that other callers queue behind ({@link CachedTenantTokens}), and retrying there would multiply an
 * outage by their number. What a failure comes to is the last row of {@link FeishuErrors}' table.
 */
final class TenantTokenClient implements Supplier<IssuedToken> {

  private final FeishuApi api;
  private final Resilience resilience;
  private final Requests requests;
  private final Reporting reporting;
  private final TokenRequestDto credentials;
  private final Supplier<String> what;

  TenantTokenClient(FeishuApi api, Resilience resilience, Requests requests, Reporting reporting, String appId,
      String appSecret) {
    this.api = api;
    this.resilience = resilience;
    this.requests = requests;
    this.reporting = reporting;
    this.credentials = new TokenRequestDto(appId, appSecret);
    String description = "a tenant access token for app " + appId;
    this.what = () -> description;
  }

  @Override
  public IssuedToken get() {
    CallContext call = reporting.start(Endpoint.ACCESS_TOKEN, what);
    Outcome<IssuedToken> outcome = resilience.guarded(what,
        () -> requests.json(call, api.tenantAccessToken(credentials), TenantTokenClient::issued));
    reporting.tokenRefreshed(outcome.failure() == null);
    if (outcome.failure() == null) {
      return outcome.value();
    }
    Failure failure = FeishuErrors.tokenRequestFailed(outcome.failure());
    throw failure.toException(failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1);
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
    return "TenantTokenClient{" + credentials + "}";
  }
}
