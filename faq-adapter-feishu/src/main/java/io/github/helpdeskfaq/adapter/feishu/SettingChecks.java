package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks of {@link FeishuHelpdesk.Builder}'s values, each failing with a message that names the setting: an
 * {@link IllegalArgumentException} for a value a setter refuses, an {@link IllegalStateException} for what
 * {@link FeishuHelpdesk.Builder#build()} finds missing.
 */
final class SettingChecks {

  /** The shortest duration most settings take. */
  static final Duration MILLISECOND = Duration.ofMillis(1);
  /** The longest duration any setting takes: what fits in an int of milliseconds, as OkHttp's timeouts. */
  private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);

  private SettingChecks() {}

  /** A credential that must be there and not blank. */
  static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(message);
    }
  }

  static int atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
    }
    return value;
  }

  /** A duration from {@code least} to {@link #LONGEST}. */
  static Duration between(String name, Duration value, Duration least) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.compareTo(least) < 0 || value.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(name + ": must be from " + least.toMillis() + " ms to "
          + LONGEST.toMillis() + " ms, was " + value);
    }
    return value;
  }
}
