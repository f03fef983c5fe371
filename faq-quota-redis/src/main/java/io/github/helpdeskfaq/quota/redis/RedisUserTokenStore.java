package io.github.helpdeskfaq.quota.redis;

import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link UserTokenStore} in Redis, for the replicas of one application that write as one user: they share the
 * tokens and refresh them one at a time.
 *
 * <pre>{@code
 * RedisUserTokenStore store = RedisUserTokenStore.builder()
 *     .redisUri("redis://redis.internal:6379")
 *     .appId("cli_a1b2c3")
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>The tokens are one Redis hash, replaced whole by a script: a reader sees the old pair or the new. Its key
 *       carries a digest of the app id and the store's name, never the values.</li>
 *   <li>The lock is a key set if absent with a random owner and a lease ({@link Builder#lockLease}, default 30 s),
 *       released only by its owner; a replica that dies holding it holds it no longer than the lease. Waiters poll
 *       every 20 ms.</li>
 *   <li>Every command is bounded by {@link Builder#timeout}; a failure is a {@link UserTokenStoreException} that
 *       names the host, never the password or a token.</li>
 * </ul>
 * Thread-safe. {@link #close()} releases the connection.
 */
public final class RedisUserTokenStore implements UserTokenStore, AutoCloseable {

  private static final String REPLACE = """
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], unpack(ARGV))
      return 1
      """;
  private static final String RELEASE = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
      return 0
      """;
  private static final long POLL_MILLIS = 20;
  private static final SecureRandom OWNERS = new SecureRandom();

  private final RedisClient client;
  private final String tokensKey;
  private final String lockKey;
  private final Duration lease;
  private final String description;
  private StatefulRedisConnection<String, String> connection;

  private RedisUserTokenStore(Builder builder) {
    RedisURI uri = RedisURI.builder(builder.redisUri).withTimeout(builder.timeout).build();
    this.client = RedisClient.create(uri);
    client.setOptions(ClientOptions.builder()
        .timeoutOptions(TimeoutOptions.enabled(builder.timeout))
        .socketOptions(SocketOptions.builder().connectTimeout(builder.timeout).build())
        .build());
    String tag = "{" + QuotaKeys.digest(builder.appId + "\n" + builder.name) + "}";
    this.tokensKey = "helpdesk-faq:user-tokens:" + tag;
    this.lockKey = tokensKey + ":lock";
    this.lease = builder.lockLease;
    this.description = "redis at " + uri.getHost() + ":" + uri.getPort() + ", app " + builder.appId + ", "
        + builder.name;
  }

  /**
   * Starts a builder; {@link Builder#redisUri} and {@link Builder#appId} must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<UserTokens> load() {
    Map<String, String> fields = run("read the user tokens", commands -> commands.hgetall(tokensKey));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new UserTokens(required(fields, "access_token"),
          Instant.parse(required(fields, "access_expires_at")), Optional.ofNullable(fields.get("refresh_token")),
          Optional.ofNullable(fields.get("refresh_expires_at")).map(Instant::parse)));
    } catch (DateTimeException | IllegalArgumentException damaged) {
      throw new UserTokenStoreException("the user tokens in " + description + " are damaged ("
          + (damaged instanceof DateTimeException ? "a time is not ISO-8601" : damaged.getMessage())
          + "): sign in again", damaged);
    }
  }

  @Override
  public void save(UserTokens tokens) {
    String[] fields = tokens.refreshToken().isEmpty() ? new String[4] : tokens.refreshExpiresAt().isEmpty()
        ? new String[6] : new String[8];
    fields[0] = "access_token";
    fields[1] = tokens.accessToken();
    fields[2] = "access_expires_at";
    fields[3] = tokens.accessExpiresAt().toString();
    if (fields.length > 4) {
      fields[4] = "refresh_token";
      fields[5] = tokens.refreshToken().orElseThrow();
    }
    if (fields.length > 6) {
      fields[6] = "refresh_expires_at";
      fields[7] = tokens.refreshExpiresAt().orElseThrow().toString();
    }
    run("save the user tokens", commands -> commands.eval(REPLACE, ScriptOutputType.INTEGER,
        new String[] {tokensKey}, fields));
  }

  @Override
  public void clear() {
    run("clear the user tokens", commands -> commands.del(tokensKey));
  }

  @Override
  public <T> T withLock(Duration timeout, Supplier<T> action) {
    String owner = HexFormat.of().formatHex(OWNERS.generateSeed(16));
    long deadline = System.nanoTime() + timeout.toNanos();
    SetArgs ifAbsent = SetArgs.Builder.nx().px(lease.toMillis());
    while (!"OK".equals(run("take the lock", commands -> commands.set(lockKey, owner, ifAbsent)))) {
      if (System.nanoTime() - deadline >= 0) {
        throw new UserTokenStoreException("another replica held the user tokens' lock in " + description
            + " for more than " + timeout.toMillis() + " ms", null);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new UserTokenStoreException("interrupted while waiting for the user tokens' lock", interrupted);
      }
    }
    try {
      return action.get();
    } finally {
      run("release the lock", commands -> commands.eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lockKey},
          owner));
    }
  }

  private <T> T run(String what, Function<RedisCommands<String, String>, T> command) {
    try {
      return command.apply(connection().sync());
    } catch (RedisException failed) {
      throw new UserTokenStoreException("cannot " + what + " in " + description + ": "
          + failed.getClass().getSimpleName(), failed);
    }
  }

  private synchronized StatefulRedisConnection<String, String> connection() {
    if (connection == null || !connection.isOpen()) {
      connection = client.connect();
    }
    return connection;
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("there is no " + name);
    }
    return value;
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  /** For messages: where the tokens are, never the tokens or the password. */
  @Override
  public String toString() {
    return "RedisUserTokenStore[" + description + "]";
  }

  /**
   * Configures a {@link RedisUserTokenStore}. Each setter checks its value; {@link #build()} fails with an
   * {@link IllegalStateException} naming a required setting that is missing. Not thread-safe.
   */
  public static final class Builder {

    private RedisURI redisUri;
    private String appId;
    private String name = "default";
    private Duration timeout = Duration.ofSeconds(1);
    private Duration lockLease = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Where Redis is, as {@link RedisSharedQuota.Builder#redisUri} reads it. Required.
     *
     * @param uri the Redis URI
     * @return this builder
     * @throws IllegalArgumentException if it is not a Redis URI (the message does not repeat it)
     */
    public Builder redisUri(String uri) {
      this.redisUri = RedisSettings.redisUri(uri);
      return this;
    }

    /**
     * The app whose user tokens these are (Feishu's app id). Required.
     *
     * @param id the app id, not blank
     * @return this builder
     */
    public Builder appId(String id) {
      this.appId = RedisSettings.appId(id);
      return this;
    }

    /**
     * Which user's tokens, when one app keeps several (for example the name of the bot or the person). Default
     * {@code default}.
     *
     * @param storeName not blank
     * @return this builder
     */
    public Builder name(String storeName) {
      Objects.requireNonNull(storeName, "name must not be null");
      if (storeName.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = storeName.strip();
      return this;
    }

    /**
     * How long a Redis command (or opening the connection) may take. Default 1 second.
     *
     * @param time positive
     * @return this builder
     */
    public Builder timeout(Duration time) {
      this.timeout = RedisSettings.positive(time, "timeout");
      return this;
    }

    /**
     * How long the lock is held at most if its holder dies: longer than a refresh takes. Default 30 seconds.
     *
     * @param time positive
     * @return this builder
     */
    public Builder lockLease(Duration time) {
      this.lockLease = RedisSettings.positive(time, "lockLease");
      return this;
    }

    /**
     * Builds the store; no connection is opened until the first use.
     *
     * @return the store
     * @throws IllegalStateException if the Redis URI or the app id is missing
     */
    public RedisUserTokenStore build() {
      if (redisUri == null || appId == null) {
        throw new IllegalStateException((redisUri == null ? "redisUri" : "appId") + " must be set");
      }
      return new RedisUserTokenStore(this);
    }
  }
}
