package io.github.helpdeskfaq.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link HelpdeskSettingsException} the way Spring Boot reports a start-up failure: what is wrong, naming
 * the properties, and what to do. Registered in {@code META-INF/spring.factories}.
 */
final class HelpdeskFailureAnalyzer extends AbstractFailureAnalyzer<HelpdeskSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, HelpdeskSettingsException cause) {
    return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
  }
}
