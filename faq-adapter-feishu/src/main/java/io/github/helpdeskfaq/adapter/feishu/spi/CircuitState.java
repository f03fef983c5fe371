package io.github.helpdeskfaq.adapter.feishu.spi;

/** The states of the adapter's circuit breaker, as its health shows them and its listener hears of them. */
public enum CircuitState {
  /** Calls go through; failures are counted. */
  CLOSED,
  /** Calls fail fast, without a request, for the open duration. */
  OPEN,
  /** A few probe calls go through; their outcome closes the breaker or opens it again. */
  HALF_OPEN
}
