package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;

/**
 * Where the adapter gets the user access token that every write sends: one handed in ({@link FixedUserToken}), or
 * kept in a store and refreshed when it expires ({@link RefreshingUserTokens}), or none ({@link #NONE}). Reads never
 * use it. {@link #current()} throws {@link FaqAccessDeniedException} when the user must sign in.
 */
interface UserTokenSource extends AccessTokens {

  /** Writes without user tokens: each is access denied, before any request, saying how to get some. */
  UserTokenSource NONE = new UserTokenSource() {
    @Override
    public String current() {
      throw new FaqAccessDeniedException("writes need a user access token of a helpdesk agent, and none is "
          + "configured: set a user token store (and sign in) or a user access token", null, null);
    }

    @Override
    public void invalidate(String rejected) {
      // there is none
    }

    @Override
    public String toString() {
      return "no user tokens";
    }
  };
}
