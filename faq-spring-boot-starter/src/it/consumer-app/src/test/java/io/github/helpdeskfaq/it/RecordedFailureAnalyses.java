package io.github.helpdeskfaq.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Keeps the failure analyses that Spring Boot reports at start-up, for a test to read instead of the console
 * (registered in this project's test META-INF/spring.factories).
 */
public class RecordedFailureAnalyses implements FailureAnalysisReporter {

  private static final List<FailureAnalysis> REPORTED = new CopyOnWriteArrayList<>();

  @Override
  public void report(FailureAnalysis analysis) {
    REPORTED.add(analysis);
  }

  static List<FailureAnalysis> all() {
    return List.copyOf(REPORTED);
  }

  static void clear() {
    REPORTED.clear();
  }
}
