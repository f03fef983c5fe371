package io.github.helpdeskfaq.adapter.feishu;

/**
 * The components of one {@link FeishuHelpdesk}, assembled from its {@link Settings} in the order a call passes them:
 * the HTTP stack, {@link Resilience}, {@link Requests}, the tenant tokens, {@link Exchange}, then the ports.
 *
 * @param faqs the FAQ detail and images
 * @param catalog the listings, searches and categories
 * @param resilience the breaker and the limits, whose state is the helpdesk's health
 * @param description what the helpdesk's {@code toString()} shows: the base URL and the ids, never a secret
 */
record FeishuPipeline(FeishuFaqs faqs, FeishuCatalog catalog, Resilience resilience, String description) {

  static FeishuPipeline assemble(Settings settings) {
    Settings.Credentials credentials = settings.credentials();
    FeishuConverters converters = new FeishuConverters(FeishuJson.MOSHI);
    FeishuApi api = FeishuHttp.api(settings.http(), converters);
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
        resilience, "FeishuHelpdesk{baseUrl=" + settings.http().baseUrl() + ", " + credentials + "}");
  }
}
