package io.github.helpdeskfaq.feishu.simulator;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where {@link FeishuSimulator} sends each request: the tenant-token and OAuth endpoints, then a helpdesk call through
 * the enforced quota, the injected faults and the credentials' checks (the tenant token for a read, the user token
 * for a write) to {@link HelpdeskEndpoints} or {@link HelpdeskWrites}; any other path or method is the gateway's 404.
 * Thread-safe.
 */
final class Routes {

  private static final Set<String> HELPDESK_METHODS = Set.of("GET", "POST", "PATCH", "DELETE");

  private final TenantTokens tokens;
  private final UserOAuth users;
  private final HelpdeskEndpoints endpoints;
  private final HelpdeskWrites writes;
  private final Faults helpdeskFaults = new Faults();
  private final AtomicLong helpdeskRequests = new AtomicLong();
  private volatile SimulatedQuota quota;

  Routes(TenantTokens tokens, UserOAuth users, HelpdeskEndpoints endpoints, HelpdeskWrites writes) {
    this.tokens = tokens;
    this.users = users;
    this.endpoints = endpoints;
    this.writes = writes;
  }

  Faults helpdeskFaults() {
    return helpdeskFaults;
  }

  long helpdeskRequests() {
    return helpdeskRequests.get();
  }

  void enforce(SimulatedQuota enforced) {
    quota = enforced;
  }

  /** A helpdesk call beyond the enforced quota gets its 429; every other request is dispatched. */
  SimulatedAnswer answer(SimulatedRequest request) {
    SimulatedQuota enforced = quota;
    if (enforced != null && isHelpdeskCall(request)) {
      SimulatedAnswer refusal = enforced.admit();
      if (refusal != null) {
        helpdeskRequests.incrementAndGet();
        return refusal;
      }
    }
    return dispatch(request);
  }

  private SimulatedAnswer dispatch(SimulatedRequest request) {
    if ("POST".equals(request.method()) && FeishuSimulator.TOKEN_PATH.equals(request.path())) {
      return tokens.answer(request);
    }
    if ("POST".equals(request.method()) && FeishuSimulator.USER_TOKEN_PATH.equals(request.encodedPath())) {
      return users.token(request);
    }
    if ("GET".equals(request.method()) && FeishuSimulator.AUTHORIZE_PATH.equals(request.encodedPath())) {
      return users.authorize(request);
    }
    if (!isHelpdeskCall(request)) {
      return FeishuResponses.json(404, "{\"code\":404,\"msg\":\"404 page not found\"}");
    }
    helpdeskRequests.incrementAndGet();
    SimulatedAnswer failure = helpdeskFaults.take();
    if (failure != null) {
      return failure;
    }
    if (!"GET".equals(request.method())) {
      SimulatedAnswer refusal = users.writeRefusal(request);
      refusal = refusal != null ? refusal : tokens.helpdeskRefusal(request);
      return refusal != null ? refusal : writes.answer(request);
    }
    SimulatedAnswer refusal = tokens.refusal(request);
    return refusal != null ? refusal : endpoints.answer(request);
  }

  /** A read ({@code GET}) or a write ({@code POST}, {@code PATCH}, {@code DELETE}) of the helpdesk. */
  private static boolean isHelpdeskCall(SimulatedRequest request) {
    return HELPDESK_METHODS.contains(request.method()) && request.encodedPath().startsWith(HelpdeskEndpoints.PREFIX);
  }
}
