package io.github.helpdeskfaq.adapter.feishu;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tenant token of a self-built app, fetched when needed and cached until shortly before it expires.
 *
 * <p>A token is used until its {@code expire} minus a safety margin of {@link #SAFETY_MARGIN} (at most half its
 * lifetime, so that a short-lived token is still used), measured on the injected clock from the moment the request
 * for it was sent. One refresh is in flight at a time: callers that find no valid token wait for the one refresh
 * and then share its token, so that many concurrent first calls cause a single token request. A failed refresh
 * caches nothing; the next caller tries again.
 */
final class CachedTenantTokens implements TenantTokens {

  /** How long before its expiry a token is no longer used. */
  static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);

  /** A token as issued: its value and how long it is valid from the moment it was requested. */
  static final class IssuedToken {
    final String value;
    final Duration lifetime;

    IssuedToken(String value, Duration lifetime) {
      this.value = Objects.requireNonNull(value, "value");
      this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public String toString() {
      return "IssuedToken{value=****, lifetime=" + lifetime + "}";
    }
  }

  /** The cached token and when to stop using it. */
  private static final class Cached {
    final String value;
    final Instant refreshAt;

    Cached(String value, Instant refreshAt) {
      this.value = value;
      this.refreshAt = refreshAt;
    }
  }

  private final Supplier<IssuedToken> issuer;
  private final Clock clock;
  private final Object refreshLock = new Object();
  private volatile Cached cached;

  /**
   * @param issuer fetches a fresh token; throws a {@code FaqRepositoryException} when it cannot
   * @param clock the clock that expiry is measured on
   */
  CachedTenantTokens(Supplier<IssuedToken> issuer, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String current() {
    Cached valid = validOrNull(cached);
    if (valid != null) {
      return valid.value;
    }
    synchronized (refreshLock) {
      valid = validOrNull(cached);
      if (valid != null) {
        return valid.value;
      }
      Instant requested = clock.instant();
      IssuedToken fresh = issuer.get();
      Duration margin = SAFETY_MARGIN.compareTo(fresh.lifetime.dividedBy(2)) < 0 ? SAFETY_MARGIN
          : fresh.lifetime.dividedBy(2);
      cached = new Cached(fresh.value, refreshAt(requested, fresh.lifetime.minus(margin)));
      return fresh.value;
    }
  }

  /** When to stop using a token; a lifetime that no date can hold keeps it until Feishu refuses it. */
  private static Instant refreshAt(Instant requested, Duration usable) {
    try {
      return requested.plus(usable);
    } catch (DateTimeException | ArithmeticException beyondAnyDate) {
      return Instant.MAX;
    }
  }

  @Override
  public void invalidate(String rejected) {
    synchronized (refreshLock) {
      Cached held = cached;
      if (held != null && held.value.equals(rejected)) {
        cached = null;
      }
    }
  }

  private Cached validOrNull(Cached candidate) {
    return candidate != null && clock.instant().isBefore(candidate.refreshAt) ? candidate : null;
  }

  @Override
  public String toString() {
    return "CachedTenantTokens{token=" + (cached == null ? "none" : "****") + "}";
  }
}
