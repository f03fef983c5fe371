package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * User tokens kept in a {@link UserTokenStore} and refreshed when the access token expires or Feishu refuses it.
 * A refresh token works once, so a refresh happens by one thread of one process at a time: the others wait (for the
 * JVM, on a lock of this object; for other processes and replicas, on the store's lock) and then use the pair it
 * saved. Under the store's lock the stored pair is read again, refreshed only if it is still the stale one, and the
 * new pair is saved before its access token is handed out.
 *
 * <p>A refresh that Feishu refuses (the refresh token expired, was revoked or used) is a
 * {@link FaqAccessDeniedException} that says to sign in again; it is never retried.
 */
final class RefreshingUserTokens implements UserTokenSource {

  /** Gets a new pair for a refresh token, which dies with the call. */
  interface Refresher {

    /**
     * @throws FaqAccessDeniedException if Feishu refused the refresh token
     * @throws FaqRepositoryException if the refresh could not be made
     */
    UserTokens refresh(String refreshToken);
  }

  static final String SIGN_IN_AGAIN = "sign in again to get new user tokens";

  private final UserTokenStore store;
  private final Refresher refresher;
  private final Clock clock;
  private final Duration lockTimeout;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile UserTokens held;
  private volatile String refused;
  /** A refresh token Feishu refused: never sent again. */
  private volatile String deadRefreshToken;

  RefreshingUserTokens(UserTokenStore store, Refresher refresher, Clock clock, Duration lockTimeout) {
    this.store = store;
    this.refresher = refresher;
    this.clock = clock;
    this.lockTimeout = lockTimeout;
  }

  @Override
  public String current() {
    UserTokens tokens = held;
    if (usable(tokens)) {
      return tokens.accessToken();
    }
    refreshing.lock();
    try {
      tokens = held;
      if (!usable(tokens)) {
        tokens = store.withLock(lockTimeout, this::storedOrRefreshed);
        held = tokens;
      }
      return tokens.accessToken();
    } catch (UserTokenStoreException failed) {
      throw new FaqRepositoryException("the user token store failed: " + failed.getMessage(), null, failed);
    } finally {
      refreshing.unlock();
    }
  }

  @Override
  public void invalidate(String rejected) {
    refused = rejected;
  }

  /** Under the store's lock: the stored pair if another holder refreshed it, else a new pair, saved first. */
  private UserTokens storedOrRefreshed() {
    UserTokens stored = store.load().orElseThrow(() -> new FaqAccessDeniedException(
        "no user tokens are stored; " + SIGN_IN_AGAIN, null, null));
    if (usable(stored)) {
      return stored;
    }
    if (!stored.refreshUsableAt(clock.instant())) {
      throw new FaqAccessDeniedException("the user access token has expired and there is no refresh token that "
          + "may still work; " + SIGN_IN_AGAIN, null, null);
    }
    String refreshToken = stored.refreshToken().orElseThrow();
    if (refreshToken.equals(deadRefreshToken)) {
      throw new FaqAccessDeniedException("Feishu refused the stored refresh token before; " + SIGN_IN_AGAIN, null,
          null);
    }
    UserTokens fresh;
    try {
      fresh = refresher.refresh(refreshToken);
    } catch (FaqAccessDeniedException refusedRefresh) {
      deadRefreshToken = refreshToken;
      Optional<UserTokens> now = store.load(); // a holder whose lock lapsed may have refreshed meanwhile
      if (now.isPresent() && usable(now.get())) {
        return now.get();
      }
      throw refusedRefresh;
    }
    try {
      store.save(fresh);
    } catch (UserTokenStoreException notSaved) {
      throw new FaqAccessDeniedException("the new user tokens could not be saved (" + notSaved.getMessage()
          + ") and the refresh token they replace is used up; " + SIGN_IN_AGAIN, null, notSaved);
    }
    return fresh;
  }

  private boolean usable(UserTokens tokens) {
    return tokens != null && tokens.accessUsableAt(clock.instant()) && !tokens.accessToken().equals(refused);
  }

  @Override
  public String toString() {
    return "RefreshingUserTokens[" + store + "]";
  }
}
