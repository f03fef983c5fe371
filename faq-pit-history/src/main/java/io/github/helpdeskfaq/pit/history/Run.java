package io.github.helpdeskfaq.pit.history;

import java.util.Map;

/**
 * What one run of PIT leaves for the next: the fingerprints it ran on and the outcome of each mutant.
 *
 * @param code the fingerprint of all classes under test ({@link ClassFingerprints#code()})
 * @param support the fingerprint of the test classes that define no test ({@link ClassFingerprints#support})
 * @param libraries the fingerprint of the jars on the class path ({@link LibraryFingerprint})
 * @param testClasses the fingerprint of each class that defines tests, by its name
 * @param outcomes each mutant's outcome, by its identifier
 */
record Run(String code, String support, String libraries, Map<String, String> testClasses,
    Map<String, Outcome> outcomes) {

  Run {
    testClasses = Map.copyOf(testClasses);
    outcomes = Map.copyOf(outcomes);
  }
}
