package io.github.helpdeskfaq.pit.history;

import java.util.List;
import org.pitest.mutationtest.DetectionStatus;

/**
 * What a run found for one mutant.
 *
 * @param status PIT's verdict
 * @param killingTests the tests that detected the mutant, if any
 * @param coveringTests the tests that reach the mutant, in the order PIT ran them
 */
record Outcome(DetectionStatus status, List<String> killingTests, List<String> coveringTests) {

  Outcome {
    killingTests = List.copyOf(killingTests);
    coveringTests = List.copyOf(coveringTests);
  }
}
