/**
 * The {@link io.github.helpdeskfaq.domain.port.Helpdesk} over the Feishu / Lark Open Platform: {@link
 * io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk}, built by its nested builder, and {@link
 * io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments}, the reader of FAQ documents in Feishu's format. Its
 * extension points are in {@link io.github.helpdeskfaq.adapter.feishu.spi}; everything else is package-private and
 * may change freely. No Retrofit, OkHttp, Okio, Moshi or Resilience4j type crosses the public surface.
 *
 * <p>How a call runs, in order: {@code FeishuHelpdesk.Builder.build()} makes the immutable {@code Settings}, from whose
 * parts {@code FeishuPipeline} assembles the components; a port method names its endpoint and calls {@code Exchange},
 * which gets the tenant token ({@code TenantTokens}), runs each attempt through {@code Resilience} (circuit breaker,
 * then the local and shared rate limits) as one of {@code Requests}, retries in a plain loop, and refreshes the token
 * once when Feishu refuses it. The endpoints are declared on a Retrofit interface ({@code FeishuApi}); Feishu's
 * envelope and the lenient reading are a Retrofit converter ({@code FeishuConverters}); the authorization headers are
 * parameters of each endpoint, written by the same converter; what an answer comes to is the error table ({@code
 * FeishuErrors}). The tenant-token request runs through the same {@code Resilience} and {@code Requests}, never retried
 * ({@code TenantTokenClient}).
 *
 * <p>Non-null by default: no parameter, field or return value is {@code null} unless it is marked as such in its
 * documentation. The Moshi DTOs are the exception by nature: every field of theirs may be {@code null}, as the wire
 * may omit it; the mapper turns that into {@link java.util.Optional}.
 */
package io.github.helpdeskfaq.adapter.feishu;
