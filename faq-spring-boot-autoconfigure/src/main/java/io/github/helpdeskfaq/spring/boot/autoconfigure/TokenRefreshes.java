package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import java.util.Optional;

/**
 * Remembers how the Feishu adapter's latest tenant-token refresh went, for the health contributor: the adapter's
 * health snapshot says nothing of tokens, and asking Feishu on a probe is out of the question.
 */
final class TokenRefreshes implements FeishuListener {

  private volatile TokenRefresh latest;

  @Override
  public void tokenRefreshed(TokenRefresh result) {
    latest = result;
  }

  /** The latest refresh's result; empty before the first. */
  Optional<TokenRefresh> latest() {
    return Optional.ofNullable(latest);
  }

  @Override
  public String toString() {
    return "TokenRefreshes[latest=" + latest + "]";
  }
}
