package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.OkHttpClient;

/**
 * The adapter over a given OkHttp client, for the benchmark of each client's own work without a network: the
 * builder's package-private test hook, reached from faq-bench, which lives in the adapter's package for this (on the
 * class path a package may span jars). The client is of the adapter's own OkHttp, relocated inside its jar. The adapter
 * keeps the client's interceptors and applies its own settings.
 */
public final class InMemoryAdapter {

  private InMemoryAdapter() {}

  /**
   * The builder, set to derive the adapter's HTTP client from {@code http}.
   *
   * @param builder the builder
   * @param http a client whose interceptor answers every call in memory
   * @return the builder
   */
  public static FeishuHelpdesk.Builder over(FeishuHelpdesk.Builder builder, OkHttpClient http) {
    return builder.httpClient(http);
  }
}
