package io.github.helpdeskfaq.adapter.feishu;

import java.util.Objects;

/**
 * The user access token of one write, sent as {@value FeishuApi#AUTHORIZATION}: {@code Bearer <token>}. Endpoints of
 * {@link FeishuApi} take it as a header parameter; it never shows its value.
 *
 * @param value the token, already checked to be safe in a header
 */
record UserToken(String value) {

  UserToken {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "UserToken[****]";
  }
}
