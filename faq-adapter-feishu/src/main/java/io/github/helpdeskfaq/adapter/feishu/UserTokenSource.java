package io.github.helpdeskfaq.adapter.feishu;

/**
 * Where the adapter gets the user access token that every write sends: one handed in ({@link FixedUserToken}), or
 * kept in a store and refreshed when it expires ({@link RefreshingUserTokens}). Reads never use it.
 */
interface UserTokenSource {

  /**
   * The token to send now.
   *
   * @return a non-blank token that is safe to put in a header
   * @throws io.github.helpdeskfaq.domain.port.FaqAccessDeniedException if there is none and the user must sign in
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if the store or the refresh failed
   */
  String current();

  /**
   * Marks a token that Feishu refused as expired or invalid: the next {@link #current()} does not return it.
   *
   * @param rejected the token Feishu refused
   */
  void invalidate(String rejected);
}
