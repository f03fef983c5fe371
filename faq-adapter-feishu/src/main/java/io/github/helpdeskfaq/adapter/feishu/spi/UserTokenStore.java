package io.github.helpdeskfaq.adapter.feishu.spi;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a user's tokens are kept between calls, processes and replicas, and the lock that lets one of them refresh
 * while the others wait: a refresh token works once, so two refreshes at once, or a new pair not saved, lose the
 * authorization until the user signs in again. The adapter refreshes under {@link #withLock} and {@linkplain #save
 * saves} the new pair before it sends the new access token.
 *
 * <p>{@link FileUserTokenStore} keeps them in a file; faq-quota-redis keeps them in Redis for several replicas.
 * Implementations are safe for concurrent use; failures are {@link UserTokenStoreException}s.
 */
public interface UserTokenStore {

  /**
   * The tokens saved last.
   *
   * @return the tokens, or empty when none were saved (or they were cleared)
   */
  Optional<UserTokens> load();

  /**
   * Replaces the saved tokens, durably, before returning: a reader sees the old pair or the new, never a mix.
   *
   * @param tokens the new tokens
   */
  void save(UserTokens tokens);

  /** Removes the saved tokens (signing out); nothing happens when there are none. */
  void clear();

  /**
   * Runs {@code action} while holding the store's lock, which excludes every other holder of it: other threads,
   * other processes, other replicas, as far as the store reaches.
   *
   * @param timeout how long to wait for the lock
   * @param action what to do under it
   * @param <T> what the action returns
   * @return what the action returned
   * @throws UserTokenStoreException if the lock could not be had within {@code timeout}, or the store failed
   */
  <T> T withLock(Duration timeout, Supplier<T> action);
}
