package io.github.helpdeskfaq.adapter.feishu.spi;

/**
 * A {@link UserTokenStore} failed: it could not be read or written, its contents are damaged, or its lock was not
 * had in time. Messages name the store (a file's path), never a token.
 */
public class UserTokenStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure of the store.
   *
   * @param message what went wrong, readable by a person; no token
   * @param cause the underlying failure, or null
   */
  public UserTokenStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
