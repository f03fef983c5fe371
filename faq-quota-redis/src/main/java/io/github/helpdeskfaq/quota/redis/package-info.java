/**
 * The {@link io.github.helpdeskfaq.adapter.feishu.spi.SharedQuota} in Redis, so that the replicas of one application share
 * one service quota: a token bucket (Bucket4j over Lettuce) and a hold, both under keys derived from the app id and
 * the base URL; and the {@link io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStore} in Redis, so that they share
 * one user's tokens and refresh them one at a time.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.quota.redis.RedisSharedQuota#builder()} and
 * {@link io.github.helpdeskfaq.quota.redis.RedisUserTokenStore#builder()}; the connection,
 * the keys, the hold and the outage log are package-private and may change freely. No Lettuce or Bucket4j type
 * crosses the public surface.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null}.
 */
package io.github.helpdeskfaq.quota.redis;
