package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.CircuitState;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.adapter.feishu.spi.SharedQuotaState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the adapter reports, one line per report ("request FAQ SUCCESS"). */
final class RecordingListener implements FeishuListener {

  private final List<String> reports = new CopyOnWriteArrayList<>();

  List<String> reports() {
    return List.copyOf(reports);
  }

  @Override
  public void callFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    reports.add("call " + endpoint + " " + outcome);
  }

  @Override
  public void requestFinished(Endpoint endpoint, Outcome outcome, Duration duration) {
    reports.add("request " + endpoint + " " + outcome);
  }

  @Override
  public void logIdReceived(Endpoint endpoint, Outcome outcome, String logId) {
    reports.add("log id " + endpoint + " " + outcome + " " + logId);
  }

  @Override
  public void retryScheduled(Endpoint endpoint, Outcome cause, Duration wait) {
    reports.add("retry " + endpoint + " after " + cause + " in " + wait.toMillis() + " ms");
  }

  @Override
  public void permitRequested(Limiter limiter, PermitResult result, Duration waited) {
    reports.add("permit " + limiter + " " + result);
  }

  @Override
  public void circuitStateChanged(CircuitState from, CircuitState to) {
    reports.add("circuit " + from + " -> " + to);
  }

  @Override
  public void sharedQuotaStateChanged(SharedQuotaState from, SharedQuotaState to) {
    reports.add("shared quota " + from + " -> " + to);
  }

  @Override
  public void tokenRefreshed(TokenRefresh result) {
    reports.add("token " + result);
  }
}
