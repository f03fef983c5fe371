package io.github.helpdeskfaq.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of a contract's subclass ({@link FaqRepositoryContract}, {@link FaqCatalogContract}) through the JUnit
 * Platform Launcher, as a build would run it, with the outcome of every test case recorded by contract method;
 * nothing is printed.
 *
 * <p>Runs are not shared between tests: PIT credits the code a run covers to the test that made the run, and tries
 * a mutant only against the tests credited with its line, so a test that reused another's run would never see a
 * mutant of the contract it checks.
 */
final class ContractRun implements TestExecutionListener {

  /** A test case's outcome: its display name, and its failure when it failed. */
  record Outcome(String displayName, TestExecutionResult.Status status, Optional<Throwable> failure) {}

  private final Map<String, List<Outcome>> byMethod = new LinkedHashMap<>();
  private final List<String> notRun = new ArrayList<>();

  private ContractRun() {}

  /**
   * The names of a contract's cases: its methods annotated {@code @Test} or {@code @ParameterizedTest}.
   *
   * @param contract the contract class itself
   * @return the names
   */
  static List<String> cases(Class<?> contract) {
    return Arrays.stream(contract.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class))
        .map(Method::getName).toList();
  }

  /**
   * Runs every case of the contract against the repository that {@code contract} creates.
   *
   * @param contract a concrete subclass of the contract
   * @return what happened
   */
  static ContractRun of(Class<?> contract) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(contract))
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .build();
    ContractRun run = new ContractRun();
    LauncherFactory.create().execute(request, run);
    return run;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    notRun.add(test.getDisplayName() + " skipped: " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (test.isTest()) {
      String method = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
          .map(MethodSource::getMethodName).orElse(test.getUniqueId());
      byMethod.computeIfAbsent(method, m -> new ArrayList<>())
          .add(new Outcome(test.getDisplayName(), result.getStatus(), result.getThrowable()));
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      notRun.add(test.getDisplayName() + " failed as a container: " + result.getThrowable().orElse(null));
    }
  }

  /** Every outcome, by the contract method it came from. @return outcomes, in the order they finished */
  Map<String, List<Outcome>> outcomesByMethod() {
    return byMethod;
  }

  /** What did not run as a test: skipped cases and failed containers. @return descriptions; empty when all ran */
  List<String> notRun() {
    return notRun;
  }

  /** The failures of one contract method's cases. @param method its name @return the failures, maybe none */
  List<Throwable> failuresOf(String method) {
    return byMethod.getOrDefault(method, List.of()).stream().flatMap(outcome -> outcome.failure().stream()).toList();
  }

  /** Each failing case with its failure, for a message. @return one line per failing case */
  String failureReport() {
    return byMethod.values().stream().flatMap(List::stream).filter(o -> o.failure().isPresent())
        .map(o -> o.displayName() + ": " + o.failure().get()).collect(Collectors.joining("\n"));
  }

  /** The names of the contract methods that had a failing case. @return the names */
  List<String> failedMethods() {
    return byMethod.entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(o -> o.status() != TestExecutionResult.Status.SUCCESSFUL))
        .map(Map.Entry::getKey).toList();
  }
}
