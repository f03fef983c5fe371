package io.github.helpdeskfaq.adapter.feishu;

import java.util.Objects;

/**
 * The tenant access token of one helpdesk call. Endpoints take it as a Retrofit {@code @Tag}, so that
 * {@link AuthorizationHeaders} finds it on the request and sends it; it never shows its value.
 *
 * @param value the token, already checked to be safe in a header
 */
record TenantToken(String value) {

  TenantToken {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "TenantToken[****]";
  }
}
