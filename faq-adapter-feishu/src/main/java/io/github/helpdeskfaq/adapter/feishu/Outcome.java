package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.FeishuErrors.Failure;

/**
 * What one attempt came to: a value, or a failure classified by {@link FeishuErrors}. Exactly one is non-null.
 *
 * @param value the value of a successful attempt, or null
 * @param failure the failure, or null
 * @param <T> the value's type
 */
record Outcome<T>(T value, Failure failure) {

  static <T> Outcome<T> ok(T value) {
    return new Outcome<>(value, null);
  }

  static <T> Outcome<T> failed(Failure failure) {
    return new Outcome<>(null, failure);
  }

  /** Whether the attempt failed in a way the circuit breaker counts against Feishu. */
  boolean countsAgainstFeishu() {
    return failure != null && failure.kind().countsAgainstFeishu();
  }
}
