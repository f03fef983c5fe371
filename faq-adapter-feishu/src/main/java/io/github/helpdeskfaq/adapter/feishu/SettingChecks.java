package io.github.helpdeskfaq.adapter.feishu;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

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

  /** An absolute http or https URL without user info, query or fragment, ending with a slash. */
  static HttpUrl baseUrl(String url) {
    HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "baseUrl must not be null").strip());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl: not an absolute http or https URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl: must not carry a user name or password");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl: must not have a query or a fragment");
    }
    return parsed.encodedPath().endsWith("/") ? parsed : parsed.newBuilder().addPathSegment("").build();
  }

  /**
   * Credentials that are complete: exactly one of app credentials and a token source, none of them blank.
   *
   * @param appSet whether app credentials were set, null or not
   * @param helpdeskSet whether helpdesk credentials were set, null or not
   * @throws IllegalStateException naming the setting
   */
  static void complete(Settings.Credentials credentials, boolean appSet, boolean helpdeskSet) {
    if (appSet == (credentials.tokenSource() != null)) {
      throw new IllegalStateException(appSet ? "appCredentials and tenantAccessTokenSource: set only one of them"
          : "appCredentials or tenantAccessTokenSource: one of them must be set");
    }
    if (appSet) {
      require(credentials.appId(), "appCredentials: app id is missing or blank");
      require(credentials.appSecret(), "appCredentials: app secret is missing or blank");
    }
    if (!helpdeskSet) {
      throw new IllegalStateException("helpdeskCredentials: helpdesk id and helpdesk token are missing");
    }
    require(credentials.helpdeskId(), "helpdeskCredentials: helpdesk id is missing or blank");
    require(credentials.helpdeskToken(), "helpdeskCredentials: helpdesk token is missing or blank");
    if (credentials.userAccessToken() != null && credentials.userTokenStore() != null) {
      throw new IllegalStateException("userAccessToken and userTokenStore: set only one of them");
    }
    if (credentials.userTokenStore() != null && !appSet) {
      throw new IllegalStateException("userTokenStore: refreshing user tokens needs appCredentials, not a "
          + "tenantAccessTokenSource");
    }
  }

  private static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(message);
    }
  }

  static int atLeastOne(String name, int value) {
    return between(name, value, 1, Integer.MAX_VALUE);
  }

  /** A whole number from {@code least} to {@code most}. */
  static int between(String name, int value, int least, int most) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(name + ": must be " + (most == Integer.MAX_VALUE ? "at least " + least
          : "from " + least + " to " + most) + ", was " + value);
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

  static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** A percentage above 0 and at most 100. */
  static float percent(String name, float value) {
    if (!(value > 0 && value <= 100)) {
      throw new IllegalArgumentException(name + ": must be above 0 and at most 100 (percent), was " + value);
    }
    return value;
  }

  /** Refuses a {@code longer} duration shorter than {@code shorter}, for two settings that bound each other. */
  static void notShorter(String message, Duration longer, Duration shorter) {
    if (longer.compareTo(shorter) < 0) {
      throw new IllegalArgumentException(message + ", was " + longer + " < " + shorter);
    }
  }

  /** Refuses a {@code value} above {@code bound}, for two settings that bound each other. */
  static void notAbove(String message, int value, int bound) {
    if (value > bound) {
      throw new IllegalArgumentException(message + ", was " + value + " > " + bound);
    }
  }
}
