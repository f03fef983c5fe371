package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Kind;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Gets user tokens at the OAuth token endpoint with the app's credentials: for a sign-in's code, or for a refresh
 * token (which dies with the request). One request guarded by {@link Resilience}, never retried: a refresh whose
 * answer was lost may have used the refresh token up. An outage stays what it is; any other failure (an answer with
 * an error, RFC 6749 section 5.2) is a {@link FaqAccessDeniedException} that says to sign in again.
 */
final class UserTokenClient implements RefreshingUserTokens.Refresher {

  private final FeishuApi api;
  private final Resilience resilience;
  private final Requests requests;
  private final Reporting reporting;
  private final String appId;
  private final String appSecret;
  private final Clock clock;

  UserTokenClient(FeishuApi api, Resilience resilience, Requests requests, Reporting reporting, String appId,
      String appSecret, Clock clock) {
    this.api = api;
    this.resilience = resilience;
    this.requests = requests;
    this.reporting = reporting;
    this.appId = appId;
    this.appSecret = appSecret;
    this.clock = clock;
  }

  @Override
  public UserTokens refresh(String refreshToken) {
    return issue(UserTokenRequestDto.refresh(appId, appSecret, refreshToken), "a refresh of the user tokens",
        " (if Feishu took the refresh token before its answer was lost, it is used up: then sign in again)");
  }

  /** The tokens for a sign-in's authorization code, which works once. */
  UserTokens exchange(String code, String redirectUri) {
    return issue(UserTokenRequestDto.code(appId, appSecret, code, redirectUri), "the user tokens of a sign-in", "");
  }

  private UserTokens issue(UserTokenRequestDto request, String what, String noteOnOutage) {
    CallContext call = reporting.start(Endpoint.USER_ACCESS_TOKEN, () -> what);
    Outcome<UserTokens> outcome = resilience.guarded(call::what,
        () -> requests.json(call, api.userAccessToken(request), this::issued));
    Failure failure = outcome.failure();
    reporting.callFinished(call, failure);
    if (failure == null) {
      return outcome.value();
    }
    switch (failure.kind()) {
      case THROTTLED, SERVER_FAILURE, UNREADABLE, REFUSED_LOCALLY -> throw failure.withNote(noteOnOutage)
          .toException(failure.kind() == Kind.REFUSED_LOCALLY ? 0 : 1);
      default -> throw new FaqAccessDeniedException("Feishu refused " + what + " (" + failure.description() + "); "
          + RefreshingUserTokens.SIGN_IN_AGAIN, failure.serviceCode(), failure.diagnostics(), failure.cause());
    }
  }

  /** The tokens of an answer with code 0; an {@link IllegalArgumentException} says what is missing. */
  private UserTokens issued(UserTokenResponseDto answer) {
    if (answer.accessToken == null || !TenantTokens.isHeaderSafe(answer.accessToken)) {
      throw new IllegalArgumentException("the answer has no access_token that can be sent in an HTTP header");
    }
    if (answer.expiresIn == null || answer.expiresIn <= 0) {
      throw new IllegalArgumentException("the answer has no positive expires_in (was " + answer.expiresIn + ")");
    }
    if (answer.refreshToken != null && !TenantTokens.isHeaderSafe(answer.refreshToken)) {
      throw new IllegalArgumentException("the refresh_token has characters no token has");
    }
    Instant now = clock.instant();
    return new UserTokens(answer.accessToken, expiry(now, answer.expiresIn, "expires_in"),
        Optional.ofNullable(answer.refreshToken).filter(token -> !token.isEmpty()),
        Optional.ofNullable(answer.refreshTokenExpiresIn).filter(seconds -> seconds > 0)
            .map(seconds -> expiry(now, seconds, "refresh_token_expires_in")));
  }

  /** When a token expires; an {@link IllegalArgumentException} when no date can hold it, for the stores to keep. */
  private static Instant expiry(Instant now, long seconds, String field) {
    try {
      return now.plusSeconds(seconds);
    } catch (DateTimeException | ArithmeticException beyondAnyDate) {
      throw new IllegalArgumentException("the answer's " + field + " (" + seconds + " s) is beyond any date");
    }
  }

  @Override
  public String toString() {
    return "UserTokenClient{appId=" + appId + "}";
  }
}
