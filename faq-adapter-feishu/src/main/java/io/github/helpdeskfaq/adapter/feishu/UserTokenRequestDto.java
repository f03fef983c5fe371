package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * The body of the OAuth token request (RFC 6749, as "获取 user_access_token" and "刷新 user_access_token" describe
 * it, https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token): a code or a
 * refresh token, with the app's credentials. It holds secrets: {@link #toString()} masks them.
 */
final class UserTokenRequestDto {

  @Json(name = "grant_type")
  final String grantType;
  @Json(name = "client_id")
  final String clientId;
  @Json(name = "client_secret")
  final String clientSecret;
  final String code;
  @Json(name = "redirect_uri")
  final String redirectUri;
  @Json(name = "refresh_token")
  final String refreshToken;

  private UserTokenRequestDto(String grantType, String clientId, String clientSecret, String code,
      String redirectUri, String refreshToken) {
    this.grantType = grantType;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.code = code;
    this.redirectUri = redirectUri;
    this.refreshToken = refreshToken;
  }

  static UserTokenRequestDto code(String appId, String appSecret, String code, String redirectUri) {
    return new UserTokenRequestDto("authorization_code", appId, appSecret, code, redirectUri, null);
  }

  static UserTokenRequestDto refresh(String appId, String appSecret, String refreshToken) {
    return new UserTokenRequestDto("refresh_token", appId, appSecret, null, null, refreshToken);
  }

  @Override
  public String toString() {
    return "UserTokenRequestDto{grantType=" + grantType + ", clientId=" + clientId + ", secrets=****}";
  }
}
