package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;
import java.util.Optional;

/**
 * What one attempt came to: a value, or a failure classified by {@link FeishuErrors}, and the log id Feishu gave the
 * answer. Exactly one of value and failure is non-null.
 *
 * @param value the value of a successful attempt, or null
 * @param failure the failure, or null
 * @param logId the answer's log id ({@link FeishuDiagnostics}); a failure's is that of its diagnostics
 * @param <T> the value's type
 */
record Outcome<T>(T value, Failure failure, Optional<String> logId) {

  static <T> Outcome<T> ok(T value) {
    return ok(value, Optional.empty());
  }

  static <T> Outcome<T> ok(T value, Optional<String> logId) {
    return new Outcome<>(value, null, logId);
  }

  static <T> Outcome<T> failed(Failure failure) {
    return new Outcome<>(null, failure, failure.diagnostics().logId());
  }

  /** Whether the attempt failed in a way the circuit breaker counts against Feishu. */
  boolean countsAgainstFeishu() {
    return failure != null && failure.kind().countsAgainstFeishu();
  }
}
