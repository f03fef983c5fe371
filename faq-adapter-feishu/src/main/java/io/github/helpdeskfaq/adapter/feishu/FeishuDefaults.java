package io.github.helpdeskfaq.adapter.feishu;

/**
 * The defaults of {@link FeishuHelpdesk.Builder}'s settings, said here only, as compile-time constants: the builder
 * starts from them, and a framework that binds the settings from its own configuration (the Spring Boot starter) shows
 * them as its defaults without repeating a number. Each constant's unit is in its name.
 */
public final class FeishuDefaults {

  /** {@link FeishuHelpdesk.Builder#connectTimeout}. */
  public static final int CONNECT_TIMEOUT_SECONDS = 10;
  /** {@link FeishuHelpdesk.Builder#readTimeout}. */
  public static final int READ_TIMEOUT_SECONDS = 30;
  /** {@link FeishuHelpdesk.Builder#callTimeout}. */
  public static final int CALL_TIMEOUT_SECONDS = 60;
  /** {@link FeishuHelpdesk.Builder#connectionPool}: idle connections kept. */
  public static final int MAX_IDLE_CONNECTIONS = 5;
  /** {@link FeishuHelpdesk.Builder#connectionPool}: how long an idle connection is kept. */
  public static final int KEEP_ALIVE_MINUTES = 5;
  /** {@link FeishuHelpdesk.Builder#rateLimit}: requests per period. */
  public static final int RATE_LIMIT_PERMITS = 25;
  /** {@link FeishuHelpdesk.Builder#rateLimit}: the period. */
  public static final int RATE_LIMIT_PERIOD_MILLIS = 500;
  /** {@link FeishuHelpdesk.Builder#maxWaitForPermit}. */
  public static final int MAX_WAIT_FOR_PERMIT_SECONDS = 5;
  /** {@link FeishuHelpdesk.Builder#retryMaxAttempts}, the first attempt included. */
  public static final int RETRY_MAX_ATTEMPTS = 3;
  /** {@link FeishuHelpdesk.Builder#retryBackoff}: the first backoff. */
  public static final int RETRY_BACKOFF_INITIAL_MILLIS = 500;
  /** {@link FeishuHelpdesk.Builder#retryBackoff}: the longest backoff. */
  public static final int RETRY_BACKOFF_MAX_SECONDS = 5;
  /** {@link FeishuHelpdesk.Builder#retryMaxElapsed}. */
  public static final int RETRY_MAX_ELAPSED_SECONDS = 10;
  /** {@link FeishuHelpdesk.Builder#circuitBreakerFailureRate}, in percent. */
  public static final float CIRCUIT_BREAKER_FAILURE_RATE_PERCENT = 50;
  /** {@link FeishuHelpdesk.Builder#circuitBreakerWindow}: the latest calls the failure rate is measured over. */
  public static final int CIRCUIT_BREAKER_WINDOW_CALLS = 20;
  /** {@link FeishuHelpdesk.Builder#circuitBreakerWindow}: the calls needed before the rate counts. */
  public static final int CIRCUIT_BREAKER_MINIMUM_CALLS = 10;
  /** {@link FeishuHelpdesk.Builder#circuitBreakerOpenDuration}. */
  public static final int CIRCUIT_BREAKER_OPEN_SECONDS = 30;
  /** {@link FeishuHelpdesk.Builder#circuitBreakerHalfOpenCalls}. */
  public static final int CIRCUIT_BREAKER_HALF_OPEN_CALLS = 3;

  private FeishuDefaults() {}
}
