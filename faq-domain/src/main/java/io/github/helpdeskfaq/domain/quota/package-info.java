/**
 * A service quota shared by every replica of an application: the {@link
 * io.github.helpdeskfaq.domain.quota.SharedQuota} port, which an optional module implements over a store that all
 * replicas reach (Redis, for one), and the {@link io.github.helpdeskfaq.domain.quota.SharedQuotaUnavailableException}
 * it throws when that store cannot answer.
 *
 * <p>Everything in this package is non-null by default. This package depends on {@code java.*} only.
 */
package io.github.helpdeskfaq.domain.quota;
