package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * The body of the tenant-token request: {@code {"app_id": "...", "app_secret": "..."}}. It holds a secret: it is
 * written to the wire only, and {@link #toString()} masks it.
 */
final class TokenRequestDto {

  @Json(name = "app_id")
  final String appId;
  @Json(name = "app_secret")
  final String appSecret;

  TokenRequestDto(String appId, String appSecret) {
    this.appId = appId;
    this.appSecret = appSecret;
  }

  @Override
  public String toString() {
    return "TokenRequestDto{appId=" + appId + ", appSecret=****}";
  }
}
