package io.github.helpdeskfaq.adapter.feishu;

/**
 * Where the adapter gets the tenant access token for each helpdesk call: fetched and cached from the app's
 * credentials ({@link CachedTenantTokens}), or handed in by the caller ({@link SuppliedTenantTokens}).
 */
interface TenantTokens {

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

  /**
   * Whether a token can go into an HTTP header as it is: printable ASCII without spaces. Checked before OkHttp sees
   * it, because OkHttp 3's refusal of a bad header value quotes the value, and this value is a secret.
   */
  static boolean isHeaderSafe(String token) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
