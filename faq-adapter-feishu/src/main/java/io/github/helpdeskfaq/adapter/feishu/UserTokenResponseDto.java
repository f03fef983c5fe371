package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * The OAuth token answer, flat: {@code {"code":0,"access_token":"u-...","expires_in":7200,"refresh_token":"ur-...",
 * "refresh_token_expires_in":2592000,"scope":"...","token_type":"Bearer"}}; an error has a non-zero code with
 * {@code error} and {@code error_description} (RFC 6749, section 5.2). Every field may be null. It holds secrets:
 * {@link #toString()} masks them.
 */
final class UserTokenResponseDto implements FeishuAnswer.Flat {

  Long code;
  String error;
  @Json(name = "error_description")
  String errorDescription;
  @Json(name = "access_token")
  String accessToken;
  @Json(name = "expires_in")
  Long expiresIn;
  @Json(name = "refresh_token")
  String refreshToken;
  @Json(name = "refresh_token_expires_in")
  Long refreshTokenExpiresIn;

  @Override
  public Long code() {
    return code;
  }

  @Override
  public String msg() {
    return error == null ? null : errorDescription == null ? error : error + ": " + errorDescription;
  }

  @Override
  public String toString() {
    return "UserTokenResponseDto{code=" + code + ", error=" + error + ", tokens=****, expiresIn=" + expiresIn + "}";
  }
}
