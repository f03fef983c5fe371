package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Tenant tokens that the caller manages: the source is asked for every request, and asked again for the one retry
 * after Feishu refused its token. Nothing is cached here; a source that caches should drop a token that Feishu
 * refused (it then sees a second call right after the first).
 */
final class SuppliedTenantTokens implements TenantTokens {

  private final Supplier<String> source;

  SuppliedTenantTokens(Supplier<String> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public String current() {
    String token;
    try {
      token = source.get();
    } catch (FaqRepositoryException alreadyOurs) {
      throw alreadyOurs;
    } catch (RuntimeException failed) {
      throw new FaqServiceUnavailableException(
          "the tenantAccessTokenSource failed with " + failed.getClass().getName(), null, null, 0, failed);
    }
    if (token == null || token.isBlank()) {
      throw new FaqAccessDeniedException("the tenantAccessTokenSource gave no token (null or blank)", null, null);
    }
    if (!TenantTokens.isHeaderSafe(token)) {
      throw new FaqAccessDeniedException("the tenantAccessTokenSource gave a token with characters that cannot be "
          + "sent in an HTTP header (whitespace, control or non-ASCII characters)", null, null);
    }
    return token;
  }

  @Override
  public void invalidate(String rejected) {
    // The source is asked again for the retry; it owns any caching.
  }

  @Override
  public String toString() {
    return "SuppliedTenantTokens";
  }
}
