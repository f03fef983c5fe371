/**
 * The {@link io.github.helpdeskfaq.domain.FaqRepository} over the Feishu / Lark Open Platform: the helpdesk FAQ
 * detail and image endpoints over Retrofit and Moshi, with the tenant-token lifecycle, the mapping of Feishu's
 * errors onto the domain's, images streamed in constant memory, and a rate limiter, retries and a circuit breaker
 * around every request.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository#builder()} (with
 * {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository.Health} for health checks) and
 * {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments}; the Retrofit interface, the Moshi DTOs and
 * adapters, the mapper, the token provider and the Resilience4j decorators are package-private and may change
 * freely. No Retrofit, OkHttp, Okio, Moshi or Resilience4j type crosses the public surface except the optional
 * {@code okhttp3.OkHttpClient} a caller hands in.
 *
 * <p>Non-null by default: no parameter, field or return value is {@code null} unless it is marked as such in its
 * documentation. The Moshi DTOs are the exception by nature: every field of theirs may be {@code null}, as the wire
 * may omit it; the mapper turns that into {@link java.util.Optional}.
 */
package io.github.helpdeskfaq.adapter.feishu;
