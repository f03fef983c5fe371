package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import java.time.Duration;
import java.util.List;

/**
 * Every {@link FeishuListener} bean as the adapter's one listener, each told in turn: the meters, the health
 * contributor's token state, and the application's own.
 */
final class FeishuListeners implements FeishuListener {

  private final List<FeishuListener> listeners;

  FeishuListeners(List<FeishuListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void callFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    listeners.forEach(listener -> listener.callFinished(endpoint, outcome, duration));
  }

  @Override
  public void requestFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    listeners.forEach(listener -> listener.requestFinished(endpoint, outcome, duration));
  }

  @Override
  public void logIdReceived(Endpoint endpoint, Outcome outcome, String logId) {
    listeners.forEach(listener -> listener.logIdReceived(endpoint, outcome, logId));
  }

  @Override
  public void retryScheduled(Endpoint endpoint, Outcome cause, Duration wait) {
    listeners.forEach(listener -> listener.retryScheduled(endpoint, cause, wait));
  }

  @Override
  public void permitRequested(Limiter limiter, PermitResult result, Duration waited) {
    listeners.forEach(listener -> listener.permitRequested(limiter, result, waited));
  }

  @Override
  public void circuitStateChanged(CircuitState from, CircuitState to) {
    listeners.forEach(listener -> listener.circuitStateChanged(from, to));
  }

  @Override
  public void sharedQuotaStateChanged(SharedQuotaState from, SharedQuotaState to) {
    listeners.forEach(listener -> listener.sharedQuotaStateChanged(from, to));
  }

  @Override
  public void tokenRefreshed(TokenRefresh result) {
    listeners.forEach(listener -> listener.tokenRefreshed(result));
  }

  @Override
  public String toString() {
    return "FeishuListeners" + listeners;
  }
}
