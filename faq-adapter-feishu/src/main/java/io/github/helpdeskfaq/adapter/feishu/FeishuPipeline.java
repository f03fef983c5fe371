package io.github.helpdeskfaq.adapter.feishu;

import okhttp3.OkHttpClient;

/**
 * The components of one {@link FeishuHelpdesk}, assembled from its {@link Settings} in the order a call passes them:
 * the HTTP stack, {@link Resilience}, {@link Requests}, the tenant tokens, {@link Exchange}, then the ports.
 *
 * @param faqs the FAQ detail and images
 * @param catalog the listings, searches and categories
 * @param resilience the breaker and the limits, whose state is the helpdesk's health
 * @param description what the helpdesk's {@code toString()} shows: the base URL and the ids, never a secret
 * @param release closes the idle connections of the pool the adapter made (not of a client it was given)
 */
record FeishuPipeline(FeishuFaqs faqs, FeishuCatalog catalog, Resilience resilience, String description,
    Runnable release) {

  static FeishuPipeline assemble(Settings settings) {
    Settings.Credentials credentials = settings.credentials();
    FeishuConverters converters = new FeishuConverters(FeishuJson.MOSHI);
    OkHttpClient client = FeishuHttp.client(settings.http());
    FeishuApi api = FeishuHttp.api(settings.http(), client, converters);
    Runnable release = settings.http().httpClient() == null ? client.connectionPool()::evictAll : () -> { };
    HelpdeskAuthorization helpdesk = HelpdeskAuthorization.of(credentials.helpdeskId(), credentials.helpdeskToken());
    Reporting reporting = new Reporting(settings.listener(), settings.retryClock());
    Resilience resilience = new Resilience(settings.limits(), settings.clock(), settings.retryClock(),
        settings.listener(), new SharedPermits(settings.sharedQuota(), settings.clock(), settings.retryClock(),
            settings.listener()));
    Requests requests = new Requests(converters, reporting, new CallDeadlines(settings.http().callTimeout()));
    TenantTokens tokens = credentials.tokenSource() != null ? new SuppliedTenantTokens(credentials.tokenSource())
        : new CachedTenantTokens(new TenantTokenClient(api, resilience, requests, reporting, credentials.appId(),
            credentials.appSecret()), settings.clock());
    Exchange exchange = new Exchange(resilience, requests, tokens, reporting, settings.retries(),
        settings.retryClock());
    return new FeishuPipeline(new FeishuFaqs(api, helpdesk, exchange),
        new FeishuCatalog(api, helpdesk, exchange, settings.pageSize()),
        resilience, "FeishuHelpdesk{baseUrl=" + settings.http().baseUrl() + ", " + credentials + "}", release);
  }
}
