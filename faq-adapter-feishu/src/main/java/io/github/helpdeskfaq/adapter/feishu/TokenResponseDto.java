package io.github.helpdeskfaq.adapter.feishu;

import com.squareup.moshi.Json;

/**
 * The answer of the tenant-token request: {@code {"code":0,"msg":"ok","tenant_access_token":"t-...","expire":7200}}
 * ({@code expire} in seconds). Every field may be null. It holds a secret: {@link #toString()} masks it.
 */
final class TokenResponseDto implements FeishuAnswer.Flat {

  Long code;
  String msg;
  @Json(name = "tenant_access_token")
  String tenantAccessToken;
  Long expire;

  @Override
  public Long code() {
    return code;
  }

  @Override
  public String msg() {
    return msg;
  }

  @Override
  public String toString() {
    return "TokenResponseDto{code=" + code + ", msg=" + msg + ", tenantAccessToken=****, expire=" + expire + "}";
  }
}
