package io.github.helpdeskfaq.adapter.feishu.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's tokens from the platform's OAuth token endpoint: the access token that writes send, when it expires, and
 * the refresh token that gets the next pair, which works once ("获取 user_access_token",
 * https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token, and "刷新
 * user_access_token", .../access-token/refresh-user-access-token).
 * {@link #toString()} shows neither token.
 *
 * @param accessToken the user access token
 * @param accessExpiresAt when the access token expires
 * @param refreshToken the refresh token; empty when the app was not granted {@code offline_access}
 * @param refreshExpiresAt when the refresh token expires, if the platform said
 */
public record UserTokens(String accessToken, Instant accessExpiresAt, Optional<String> refreshToken,
    Optional<Instant> refreshExpiresAt) {

  /** Validates the components: no token is blank or holds a line break. */
  public UserTokens {
    requireToken(accessToken, "accessToken");
    Objects.requireNonNull(accessExpiresAt, "accessExpiresAt must not be null");
    Objects.requireNonNull(refreshToken, "refreshToken must not be null (use Optional.empty())")
        .ifPresent(token -> requireToken(token, "refreshToken"));
    Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt must not be null (use Optional.empty())");
  }

  /**
   * Whether the access token can still be sent at {@code now}, with a margin for the time a request takes.
   *
   * @param now the time
   * @return true if it expires more than a minute after {@code now}
   */
  public boolean accessUsableAt(Instant now) {
    return accessExpiresAt.isAfter(now.plusSeconds(60));
  }

  /**
   * Whether the refresh token may still work at {@code now}: there is one, and it has not expired as far as known.
   *
   * @param now the time
   * @return true if a refresh may be tried
   */
  public boolean refreshUsableAt(Instant now) {
    return refreshToken.isPresent() && refreshExpiresAt.map(now::isBefore).orElse(true);
  }

  private static void requireToken(String token, String name) {
    Objects.requireNonNull(token, () -> name + " must not be null");
    if (token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      throw new IllegalArgumentException(name + " must be a non-blank token without spaces or control characters");
    }
  }

  /** Shows when the tokens expire, never the tokens. */
  @Override
  public String toString() {
    return "UserTokens[access ****, expires " + accessExpiresAt + "; refresh "
        + refreshToken.map(token -> "****" + refreshExpiresAt.map(at -> ", expires " + at).orElse("")).orElse("none")
        + "]";
  }
}
