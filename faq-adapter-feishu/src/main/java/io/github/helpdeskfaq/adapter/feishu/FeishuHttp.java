package io.github.helpdeskfaq.adapter.feishu;

import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Makes the adapter's HTTP stack from its settings: an OkHttp client that never follows redirects (a redirect to
 * another host would carry the credentials along), and the Retrofit {@link FeishuApi} over it, whose headers and
 * answers {@link FeishuConverters} writes and reads. Nothing of this leaves the package.
 *
 * @param reads the endpoints for reads, which OkHttp may send again on a fresh connection when a pooled one fails
 * @param once the endpoints for what must never be sent twice unseen (writes, user-token requests): the same client
 *     and pool, without OkHttp's silent retry on a connection failure, which would repeat a create whose answer was
 *     lost, or a refresh token that is already used
 * @param release closes the idle connections of the pool the adapter made (not of a client it was given)
 */
record FeishuHttp(FeishuApi reads, FeishuApi once, Runnable release) {

  /**
   * The endpoints over a client of these settings: their timeouts (the call timeout is set per JSON call), pool,
   * proxy and TLS trust; cleartext only for an http base URL. The client is made on the first request, and each
   * endpoint's method read on its first call: an application that builds the adapter at start-up does not pay for
   * OkHttp, TLS's certificate authorities and Moshi's adapters until it asks Feishu something.
   */
  static FeishuHttp of(Settings.Http settings, FeishuConverters converters) {
    ConnectionPool pool = settings.httpClient() == null ? new ConnectionPool(settings.maxIdleConnections(),
        settings.keepAlive().toMillis(), TimeUnit.MILLISECONDS) : settings.httpClient().connectionPool();
    Lazy<OkHttpClient> client = new Lazy<>(() -> client(settings, pool));
    Lazy<OkHttpClient> once = new Lazy<>(() -> client.get().newBuilder().retryOnConnectionFailure(false).build());
    Runnable release = settings.httpClient() == null ? pool::evictAll : () -> { };
    return new FeishuHttp(api(settings, converters, request -> client.get().newCall(request)),
        api(settings, converters, request -> once.get().newCall(request)), release);
  }

  private static FeishuApi api(Settings.Http settings, FeishuConverters converters, Call.Factory calls) {
    return new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .callFactory(calls)
        .addConverterFactory(converters)
        .addConverterFactory(MoshiConverterFactory.create(FeishuJson.MOSHI)) // the token request's body
        .build()
        .create(FeishuApi.class);
  }

  /** A value made once, on first use, by the first thread that asks; the others wait for it. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      T made = value;
      if (made == null) {
        synchronized (this) {
          made = value;
          if (made == null) {
            made = make.get();
            value = made;
          }
        }
      }
      return made;
    }
  }

  /**
   * The proxy that the system's selector names for the base URL, asked once: the adapter reaches that URL only, and
   * OkHttp would otherwise ask the selector (and parse the URL into a {@link URI}) for every call. Null when the
   * selector names several (OkHttp then tries them in turn, asking it per call) or cannot answer.
   */
  private static Proxy systemProxy(HttpUrl baseUrl) {
    ProxySelector selector = ProxySelector.getDefault();
    if (selector == null) {
      return Proxy.NO_PROXY;
    }
    try {
      List<Proxy> proxies = selector.select(baseUrl.uri());
      return proxies != null && proxies.size() == 1 ? proxies.get(0) : null;
    } catch (RuntimeException cannotSay) {
      return null;
    }
  }

  /**
   * The client of these settings: its timeouts (the call timeout is set per JSON call), pool, proxy and TLS trust;
   * cleartext only for an http base URL. Derived from {@link Settings.Http#httpClient()} when one is given, sharing its
   * pool.
   */
  private static OkHttpClient client(Settings.Http settings, ConnectionPool pool) {
    OkHttpClient.Builder client = settings.httpClient() == null ? new OkHttpClient.Builder()
        : settings.httpClient().newBuilder();
    // Writing waits as long as reading: Okio's watchdog then meets every socket's deadline in the order it was set
    // and is woken for none of them (a shorter write deadline, OkHttp's 10 s, jumped the queue on every request).
    client.connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(0, TimeUnit.MILLISECONDS)
        .followRedirects(false)
        .followSslRedirects(false);
    client.connectionPool(pool);
    if (!settings.baseUrl().isHttps()) {
      // Nothing but the base URL is ever reached (redirects are not followed): no TLS to set up, which saves a cold
      // process loading the JDK's certificate authorities.
      client.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    Proxy proxy = settings.proxy() != null ? settings.proxy() : systemProxy(settings.baseUrl());
    if (proxy != null) {
      client.proxy(proxy);
    }
    if (settings.sslSocketFactory() != null) {
      client.sslSocketFactory(settings.sslSocketFactory(), settings.trustManager());
    }
    return client.build();
  }
}
