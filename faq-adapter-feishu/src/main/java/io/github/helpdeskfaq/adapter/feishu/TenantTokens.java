package io.github.helpdeskfaq.adapter.feishu;

/**
 * Where the adapter gets the tenant access token for each helpdesk call: fetched and cached from the app's
 * credentials ({@link CachedTenantTokens}), or handed in by the caller ({@link SuppliedTenantTokens}).
 */
interface TenantTokens extends AccessTokens {

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
