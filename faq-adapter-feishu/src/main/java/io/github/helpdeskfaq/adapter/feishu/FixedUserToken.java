package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;

/** A user access token handed in, never refreshed: once Feishu refuses it, every write says to set a new one. */
final class FixedUserToken implements UserTokenSource {

  private final String token;
  private volatile boolean refused;

  FixedUserToken(String token) {
    this.token = token;
  }

  @Override
  public String current() {
    if (refused) {
      throw new FaqAccessDeniedException("Feishu refused the user access token that was set, as expired or invalid; "
          + "set a new one, or sign in to get tokens that are refreshed", null, null);
    }
    return token;
  }

  @Override
  public void invalidate(String rejected) {
    if (token.equals(rejected)) {
      refused = true;
    }
  }

  @Override
  public String toString() {
    return "FixedUserToken[****]";
  }
}
