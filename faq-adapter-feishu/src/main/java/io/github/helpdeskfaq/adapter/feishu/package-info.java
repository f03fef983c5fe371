/**
 * The {@link io.github.helpdeskfaq.domain.FaqRepository} over the Feishu / Lark Open Platform: the helpdesk FAQ
 * detail and image endpoints over Retrofit and Moshi, with the tenant-token lifecycle, the mapping of Feishu's
 * errors onto the domain's, and images streamed in constant memory.
 *
 * <p>The public surface is {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository#builder()} and
 * {@link io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments}; the Retrofit interface, the Moshi DTOs and
 * adapters, the mapper and the token provider are package-private and may change freely. No Retrofit, OkHttp, Okio
 * or Moshi type crosses the public surface except the optional {@code okhttp3.OkHttpClient} a caller hands in.
 *
 * <p>Non-null by default: no parameter, field or return value is {@code null} unless it is marked as such in its
 * documentation. The Moshi DTOs are the exception by nature: every field of theirs may be {@code null}, as the wire
 * may omit it; the mapper turns that into {@link java.util.Optional}.
 */
package io.github.helpdeskfaq.adapter.feishu;
