package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;

/**
 * The components of one {@link FeishuHelpdesk}, assembled from its {@link Settings} in the order a call passes them:
 * the HTTP stack, {@link Resilience}, {@link Requests}, the tenant tokens, {@link Exchange}, then the ports.
 *
 * @param faqs the FAQ detail and images
 * @param catalog the listings, searches and categories
 * @param writes the creates, updates and deletes, with the user token
 * @param signIn a user's sign-in into the user token store, or null when there is no store
 * @param resilience the breaker and the limits, whose state is the helpdesk's health
 * @param description what the helpdesk's {@code toString()} shows: the base URL and the ids, never a secret
 * @param release closes the idle connections of the pool the adapter made (not of a client it was given)
 */
record FeishuPipeline(FeishuFaqs faqs, FeishuCatalog catalog, FeishuWrites writes, FeishuSignIn signIn,
    Resilience resilience, String description, Runnable release) {

  /** How long a refresh waits for another thread or process that refreshes the user tokens. */
  static final Duration USER_TOKEN_LOCK_TIMEOUT = Duration.ofSeconds(60);

  static FeishuPipeline assemble(Settings settings) {
    Settings.Credentials credentials = settings.credentials();
    FeishuConverters converters = new FeishuConverters(FeishuJson.MOSHI);
    FeishuHttp http = FeishuHttp.of(settings.http(), converters);
    FeishuApi api = http.reads();
    HelpdeskAuthorization helpdesk = HelpdeskAuthorization.of(credentials.helpdeskId(), credentials.helpdeskToken());
    Reporting reporting = new Reporting(settings.listener(), settings.retryClock());
    Resilience resilience = new Resilience(settings.limits(), settings.clock(), settings.retryClock(),
        settings.listener(), new SharedPermits(settings.sharedQuota(), settings.clock(), settings.retryClock(),
            settings.listener()));
    Requests requests = new Requests(converters, reporting, new CallDeadlines(settings.http().callTimeout()));
    TenantTokens tokens = credentials.tokenSource() != null ? new SuppliedTenantTokens(credentials.tokenSource())
        : new CachedTenantTokens(new TenantTokenClient(api, resilience, requests, reporting, credentials.appId(),
            credentials.appSecret()), settings.clock());
    UserTokenClient userTokenClient = credentials.appId() == null ? null : new UserTokenClient(http.once(),
        resilience, requests, reporting, credentials.appId(), credentials.appSecret(), settings.clock());
    UserTokenSource userTokens = credentials.userAccessToken() != null
        ? new FixedUserToken(credentials.userAccessToken())
        : credentials.userTokenStore() != null ? new RefreshingUserTokens(credentials.userTokenStore(),
            userTokenClient, settings.clock(), USER_TOKEN_LOCK_TIMEOUT) : UserTokenSource.NONE;
    Exchange exchange = new Exchange(resilience, requests, tokens, userTokens, reporting, settings.retries(),
        settings.retryClock());
    FeishuCatalog catalog = new FeishuCatalog(api, helpdesk, exchange, settings.pageSize());
    FeishuSignIn signIn = credentials.userTokenStore() == null ? null
        : new FeishuSignIn(settings.http().baseUrl(), credentials.appId(), userTokenClient,
            credentials.userTokenStore());
    return new FeishuPipeline(new FeishuFaqs(api, helpdesk, exchange), catalog,
        new FeishuWrites(http.once(), helpdesk, exchange, catalog, settings.clock()), signIn,
        resilience, "FeishuHelpdesk{baseUrl=" + settings.http().baseUrl() + ", " + credentials + "}",
        http.release());
  }
}
