package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Which {@link Endpoint} a call is, for the listener: read from the {@link FeishuApi} method that made it (Retrofit
 * tags each request with its {@link Invocation}), by the path that method declares. Every method of the API is
 * named when the adapter is built, so that an endpoint added without a name here fails every test at once rather
 * than reporting under a wrong one.
 */
final class Endpoints {

  /** The API's paths, their parameters written {@code {}}, and their names. */
  private static final Map<String, Endpoint> BY_PATH = Map.of(
      "open-apis/helpdesk/v1/faqs/{}", Endpoint.FAQ,
      "open-apis/helpdesk/v1/faqs/{}/image/{}", Endpoint.FAQ_IMAGE,
      "open-apis/helpdesk/v1/faqs", Endpoint.FAQ_LIST,
      "open-apis/helpdesk/v1/faqs/search", Endpoint.FAQ_SEARCH,
      "open-apis/helpdesk/v1/categories", Endpoint.CATEGORIES,
      "open-apis/helpdesk/v1/categories/{}", Endpoint.CATEGORY,
      "open-apis/auth/v3/tenant_access_token/internal", Endpoint.ACCESS_TOKEN);

  private final Map<Method, Endpoint> byMethod = new HashMap<>();

  /**
   * Names every method of the API.
   *
   * @throws IllegalStateException if a method's path has no name here
   */
  Endpoints() {
    for (Method method : FeishuApi.class.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isDefault()) {
        byMethod.put(method, named(method));
      }
    }
  }

  /** The endpoint of a call made by the API. */
  Endpoint of(Call<?> call) {
    Invocation invocation = call.request().tag(Invocation.class);
    Endpoint endpoint = invocation == null ? null : byMethod.get(invocation.method());
    if (endpoint == null) {
      throw new IllegalStateException("a call not made by FeishuApi: " + call.request().method());
    }
    return endpoint;
  }

  private static Endpoint named(Method method) {
    GET get = method.getAnnotation(GET.class);
    POST post = method.getAnnotation(POST.class);
    String path = get != null ? get.value() : post != null ? post.value() : "";
    Endpoint endpoint = BY_PATH.get(path.replaceAll("\\{[^}]*}", "{}"));
    if (endpoint == null) {
      throw new IllegalStateException("FeishuApi." + method.getName() + " (" + path + ") has no metrics name: add "
          + "its path to Endpoints");
    }
    return endpoint;
  }
}
