package io.github.helpdeskfaq.adapter.feishu;

/**
 * Where {@link Exchange} gets the access token a request sends, and where it reports a token Feishu refused: the
 * tenant token of reads ({@link TenantTokens}), the user token of writes ({@link UserTokenSource}).
 */
interface AccessTokens {

  /**
   * The token to send now.
   *
   * @return a non-blank token that is safe to put in a header
   * @throws io.github.helpdeskfaq.domain.port.FaqRepositoryException if no token can be had
   */
  String current();

  /**
   * Forgets a token that Feishu refused, so that the next {@link #current()} gets a fresh one. A token other than
   * the one held (already replaced by another thread) is ignored.
   *
   * @param rejected the token Feishu refused
   */
  void invalidate(String rejected);
}
