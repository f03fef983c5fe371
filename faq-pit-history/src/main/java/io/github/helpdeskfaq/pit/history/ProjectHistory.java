package io.github.helpdeskfaq.pit.history;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.pitest.classinfo.ClassName;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.coverage.TestInfo;
import org.pitest.mutationtest.DetectionStatus;
import org.pitest.mutationtest.History;
import org.pitest.mutationtest.MutationResult;
import org.pitest.mutationtest.MutationStatusTestPair;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.incremental.WriterFactory;
import org.pitest.util.Log;

/**
 * Reuses the last run's result of a mutant when nothing that decided it has changed, so that a rerun analyses only
 * what a change can have changed. A result is reused only when the code under test, the test classes outside the
 * tests' source files (fixtures, generators, fakes) and the jars on the class path are exactly as in the last run
 * (any change to them analyses every mutant again), and:
 * <ul>
 *   <li>killed: a test that killed it still reaches it, and its source file's classes are unchanged;</li>
 *   <li>survived, timed out or out of memory: every test that reaches it now reached it then, and none of their
 *       source files' classes has changed.</li>
 * </ul>
 * Anything else (no coverage, errors, a mutant not seen before) is analysed. What is not compared: what a test reads
 * from files or resources; after changing those, delete the history.
 */
final class ProjectHistory implements History {

  private static final Set<DetectionStatus> DECIDED_BY_ALL_TESTS =
      Set.of(DetectionStatus.SURVIVED, DetectionStatus.TIMED_OUT, DetectionStatus.MEMORY_ERROR);

  private final ClassFingerprints classes;
  private final String libraries;
  private final Optional<Reader> input;
  private final WriterFactory output;
  private final Logger log;
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  private Optional<Run> last = Optional.empty();
  private Run now;

  ProjectHistory(ClassFingerprints classes, String libraries, Optional<Reader> input, WriterFactory output) {
    this(classes, libraries, input, output, Log.getLogger());
  }

  ProjectHistory(ClassFingerprints classes, String libraries, Optional<Reader> input, WriterFactory output,
      Logger log) {
    this.classes = classes;
    this.libraries = libraries;
    this.input = input;
    this.output = output;
    this.log = log;
  }

  @Override
  public void initialize() {
    try {
      last = input.map(HistoryFile::read);
    } catch (IllegalArgumentException | UncheckedIOException unreadable) {
      log.warning("The mutation history is not readable, so every mutant is analysed: " + unreadable.getMessage());
    }
  }

  @Override
  public void processCoverage(CoverageDatabase coverage) {
    Set<ClassName> testClasses = new HashSet<>();
    for (ClassName code : classes.codeClasses()) {
      coverage.getTestsForClass(code).stream().map(TestInfo.toDefiningClassName()).forEach(testClasses::add);
    }
    Map<String, String> fingerprints = new HashMap<>();
    testClasses.forEach(test -> fingerprints.put(test.asJavaName(), classes.testClass(test)));
    now = new Run(classes.code(), classes.support(testClasses), libraries, fingerprints, Map.of());
  }

  @Override
  public List<MutationResult> analyse(List<MutationDetails> mutations) {
    if (last.isEmpty()) {
      return List.of();
    }
    Run then = last.get();
    List<String> changed = new ArrayList<>();
    if (!then.code().equals(now.code())) {
      changed.add("the code under test");
    }
    if (!then.support().equals(now.support())) {
      changed.add("the test fixtures (test classes outside the tests' source files)");
    }
    if (!then.libraries().equals(now.libraries())) {
      changed.add("the jars on the class path");
    }
    if (!changed.isEmpty()) {
      log.info("Since the mutation history, " + String.join(" and ", changed) + " changed: every mutant is analysed");
      return List.of();
    }
    List<MutationResult> reused = new ArrayList<>();
    for (MutationDetails mutation : mutations) {
      Outcome outcome = then.outcomes().get(key(mutation));
      if (outcome != null) {
        reuse(mutation, outcome, then).ifPresent(reused::add);
      }
    }
    log.info("Mutation history: " + reused.size() + " of " + mutations.size() + " mutants' results reused");
    return reused;
  }

  @Override
  public void recordResult(MutationResult result) {
    MutationDetails mutation = result.getDetails();
    outcomes.put(key(mutation), new Outcome(result.getStatus(), result.getKillingTests(),
        names(mutation.getTestsInOrder())));
  }

  @Override
  public void close() {
    if (now == null) {
      return;
    }
    try (PrintWriter out = output.create()) {
      HistoryFile.write(new Run(now.code(), now.support(), now.libraries(), now.testClasses(), outcomes), out);
    } finally {
      output.close();
    }
  }

  private Optional<MutationResult> reuse(MutationDetails mutation, Outcome outcome, Run then) {
    List<TestInfo> reaching = mutation.getTestsInOrder();
    if (outcome.status() == DetectionStatus.KILLED) {
      return reaching.stream()
          .filter(test -> outcome.killingTests().contains(test.getName()) && unchanged(test, then))
          .findFirst()
          .map(killer -> result(mutation, DetectionStatus.KILLED, List.of(killer.getName())));
    }
    if (DECIDED_BY_ALL_TESTS.contains(outcome.status())
        && outcome.coveringTests().containsAll(names(reaching))
        && reaching.stream().allMatch(test -> unchanged(test, then))) {
      return Optional.of(result(mutation, outcome.status(), List.of()));
    }
    return Optional.empty();
  }

  private boolean unchanged(TestInfo test, Run then) {
    String name = TestInfo.toDefiningClassName().apply(test).asJavaName();
    String before = then.testClasses().get(name);
    return before != null && before.equals(now.testClasses().get(name));
  }

  private static MutationResult result(MutationDetails mutation, DetectionStatus status, List<String> killers) {
    return new MutationResult(mutation,
        new MutationStatusTestPair(0, status, killers, List.of(), names(mutation.getTestsInOrder())));
  }

  private static String key(MutationDetails mutation) {
    return mutation.getId().toString();
  }

  private static List<String> names(List<TestInfo> tests) {
    return tests.stream().map(TestInfo::getName).toList();
  }
}
