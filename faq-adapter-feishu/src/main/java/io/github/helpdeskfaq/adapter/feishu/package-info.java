/**
 * The {@link io.github.helpdeskfaq.domain.FaqRepository} over the Feishu / Lark Open Platform: the helpdesk FAQ
 * detail and image endpoints over Retrofit and Moshi, with the tenant-token lifecycle, the mapping of Feishu's
 * errors onto the domain's, images streamed in constant memory, and a rate limiter, retries and a circuit breaker
 * around every request.
 *
 * <p>How it is built: the endpoints are declared on a Retrofit interface ({@code FeishuApi}); Feishu's envelope and
 * the lenient reading are a Retrofit converter ({@code FeishuConverters}); the two authorization headers are added
 * by an OkHttp interceptor ({@code AuthorizationHeaders}); one executor ({@code Exchange}) runs every call through
 * the circuit breaker and the rate limiter ({@code Resilience}), retries it, and turns its answer into the port's
 * answer as the error table ({@code FeishuErrors}) says.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk#builder()} (with
 * {@link io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk.Health} for health checks) and
 * {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments}; everything else is package-private and may change
 * freely. No Retrofit, OkHttp, Okio, Moshi or Resilience4j type crosses the public surface.
 *
 * <p>Non-null by default: no parameter, field or return value is {@code null} unless it is marked as such in its
 * documentation. The Moshi DTOs are the exception by nature: every field of theirs may be {@code null}, as the wire
 * may omit it; the mapper turns that into {@link java.util.Optional}.
 */
package io.github.helpdeskfaq.adapter.feishu;
