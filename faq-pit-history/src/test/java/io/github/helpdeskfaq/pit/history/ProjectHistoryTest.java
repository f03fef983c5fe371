package io.github.helpdeskfaq.pit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.pitest.classinfo.ClassName;
import org.pitest.coverage.BlockLocation;
import org.pitest.coverage.ClassLine;
import org.pitest.coverage.ClassLines;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.coverage.TestInfo;
import org.pitest.mutationtest.DetectionStatus;
import org.pitest.mutationtest.MutationResult;
import org.pitest.mutationtest.MutationStatusTestPair;
import org.pitest.mutationtest.engine.Location;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.incremental.WriterFactory;

/**
 * {@link ProjectHistory} across runs over a small project: a class under test, a second one, two test classes and a
 * fixture. Each run processes the coverage, asks the history what it can reuse, "analyses" the rest by the verdicts
 * the test gives, and leaves the history for the next run.
 */
class ProjectHistoryTest {

  private static final ClassName CODE = ClassName.fromString("com.example.Code");
  private static final ClassName OTHER_CODE = ClassName.fromString("com.example.Other");
  private static final ClassName A_TEST = ClassName.fromString("com.example.ATest");
  private static final ClassName B_TEST = ClassName.fromString("com.example.BTest");
  private static final ClassName FIXTURE = ClassName.fromString("com.example.Fixture");
  private static final ClassName A_HELPER = ClassName.fromString("com.example.ATest$Helper");
  private static final TestInfo A1 = test(A_TEST, "a1");
  private static final TestInfo A2 = test(A_TEST, "a2");
  private static final TestInfo B1 = test(B_TEST, "b1");

  private final Map<ClassName, byte[]> bytes = new HashMap<>(Map.of(CODE, new byte[] {1}, OTHER_CODE,
      new byte[] {2}, A_TEST, new byte[] {3}, B_TEST, new byte[] {4}, FIXTURE, new byte[] {5}, A_HELPER,
      new byte[] {7}));
  private final List<String> warnings = new ArrayList<>();
  private final List<String> infos = new ArrayList<>();
  private int writersClosed;
  private Optional<String> history = Optional.empty();
  private String libraries = ClassFingerprints.sha256(new byte[] {6});

  @Test
  void a_first_run_reuses_nothing_and_a_second_reuses_every_decided_outcome() {
    Map<MutationDetails, MutationStatusTestPair> verdicts = Map.of(
        mutant("killed", A1, B1), killedBy(B1),
        mutant("survived", A1, A2), status(DetectionStatus.SURVIVED),
        mutant("timedOut", B1), status(DetectionStatus.TIMED_OUT));

    assertThat(run(verdicts)).isEmpty();
    List<MutationResult> reused = run(verdicts);

    assertThat(writersClosed).isEqualTo(2);

    assertThat(reused).extracting(result -> result.getDetails().getMethod(), MutationResult::getStatus)
        .containsExactlyInAnyOrder(
            tuple("killed", DetectionStatus.KILLED),
            tuple("survived", DetectionStatus.SURVIVED),
            tuple("timedOut", DetectionStatus.TIMED_OUT));
    assertThat(reused).filteredOn(result -> result.getStatus() == DetectionStatus.KILLED)
        .flatExtracting(MutationResult::getKillingTests).containsExactly(B1.getName());
    assertThat(reused).allSatisfy(result -> assertThat(result.getCoveringTests())
        .isEqualTo(result.getDetails().getTestsInOrder().stream().map(TestInfo::getName).toList()));
  }

  @Test
  void a_killed_mutant_is_analysed_again_when_its_killing_test_changed_or_no_longer_reaches_it() {
    run(Map.of(mutant("killedByA", A1, B1), killedBy(A1), mutant("killedByB", B1), killedBy(B1),
        mutant("noLongerReachedByItsKiller", B1), killedBy(B1)));
    bytes.put(A_TEST, new byte[] {3, 3});

    List<MutationResult> reused = run(Map.of(mutant("killedByA", A1, B1), killedBy(A1),
        mutant("killedByB", B1), killedBy(B1), mutant("noLongerReachedByItsKiller", A1), killedBy(A1)));

    assertThat(reused).extracting(result -> result.getDetails().getMethod()).containsExactly("killedByB");
  }

  @Test
  void a_class_nested_in_a_tests_source_file_counts_as_that_tests_class_not_as_a_fixture() {
    Map<MutationDetails, MutationStatusTestPair> verdicts = Map.of(mutant("killedByA", A1), killedBy(A1),
        mutant("killedByB", B1), killedBy(B1));
    run(verdicts);
    bytes.put(A_HELPER, new byte[] {7, 7});

    List<MutationResult> reused = run(verdicts);

    assertThat(reused).extracting(result -> result.getDetails().getMethod()).containsExactly("killedByB");
  }

  @Test
  void a_surviving_mutant_is_analysed_again_when_a_test_starts_reaching_it_or_a_reaching_test_changed() {
    MutationStatusTestPair survived = status(DetectionStatus.SURVIVED);
    run(Map.of(mutant("reachedByA", A1), survived, mutant("reachedByB", B1), survived,
        mutant("reachedByBoth", A2, B1), survived));
    bytes.put(B_TEST, new byte[] {4, 4});

    List<MutationResult> reused = run(Map.of(mutant("reachedByA", A1, A2), survived,
        mutant("reachedByB", B1), survived, mutant("reachedByBoth", A2), survived));

    assertThat(reused).extracting(result -> result.getDetails().getMethod()).containsExactly("reachedByBoth");
  }

  @Test
  void any_change_to_the_code_under_test_a_fixture_or_a_jar_analyses_every_mutant_again() {
    Map<MutationDetails, MutationStatusTestPair> verdicts = Map.of(mutant("killed", A1), killedBy(A1));
    run(verdicts);

    bytes.put(OTHER_CODE, new byte[] {2, 2});
    assertThat(run(verdicts)).isEmpty();
    assertThat(infos).last().isEqualTo(
        "Since the mutation history, the code under test changed: every mutant is analysed");
    assertThat(run(verdicts)).hasSize(1);

    bytes.put(FIXTURE, new byte[] {5, 5});
    libraries = ClassFingerprints.sha256(new byte[] {6, 6});
    assertThat(run(verdicts)).isEmpty();
    assertThat(infos).last().isEqualTo("Since the mutation history, the test fixtures (test classes outside the"
        + " tests' source files) and the jars on the class path changed: every mutant is analysed");
    assertThat(run(verdicts)).hasSize(1);
  }

  @Test
  void mutants_without_coverage_or_with_errors_are_always_analysed_again() {
    Map<MutationDetails, MutationStatusTestPair> verdicts = Map.of(
        mutant("uncovered"), status(DetectionStatus.NO_COVERAGE),
        mutant("erred", A1), status(DetectionStatus.RUN_ERROR),
        mutant("nonViable", A1), status(DetectionStatus.NON_VIABLE));
    run(verdicts);

    assertThat(run(verdicts)).isEmpty();
  }

  @Test
  void an_unreadable_history_is_reported_and_replaced_by_this_runs() {
    Map<MutationDetails, MutationStatusTestPair> verdicts = Map.of(mutant("killed", A1), killedBy(A1));
    history = Optional.of(HistoryFile.FORMAT + "\ncode 12\n");

    assertThat(run(verdicts)).isEmpty();

    assertThat(warnings).singleElement().asString()
        .contains("The mutation history is not readable, so every mutant is analysed")
        .contains("line 2");
    assertThat(run(verdicts)).hasSize(1);
    assertThat(warnings).hasSize(1);
  }

  /** One run of PIT over the project as it is now; returns what the history reused. */
  private List<MutationResult> run(Map<MutationDetails, MutationStatusTestPair> verdicts) {
    StringWriter written = new StringWriter();
    ProjectHistory project = new ProjectHistory(
        new ClassFingerprints(name -> Optional.ofNullable(bytes.get(name)), List.of(CODE, OTHER_CODE),
            List.of(A_TEST, B_TEST, FIXTURE, A_HELPER)),
        libraries, history.map(StringReader::new), writerTo(written), logger());
    List<MutationDetails> mutations = verdicts.keySet().stream().map(ProjectHistoryTest::fresh).toList();

    project.initialize();
    project.processCoverage(new Coverage(mutations));
    List<MutationResult> reused = project.analyse(mutations);
    for (MutationDetails mutation : mutations) {
      MutationResult result = reused.stream().filter(known -> known.getDetails().equals(mutation)).findFirst()
          .orElseGet(() -> new MutationResult(mutation, verdictFor(verdicts, mutation)));
      project.recordResult(result);
    }
    project.close();
    history = Optional.of(written.toString());
    return reused;
  }

  private static MutationStatusTestPair verdictFor(Map<MutationDetails, MutationStatusTestPair> verdicts,
      MutationDetails mutation) {
    return verdicts.entrySet().stream().filter(entry -> entry.getKey().getId().equals(mutation.getId()))
        .findFirst().orElseThrow().getValue();
  }

  /** A copy with the same tests, as each PIT run makes its mutants anew. */
  private static MutationDetails fresh(MutationDetails mutation) {
    MutationDetails copy = new MutationDetails(mutation.getId(), "Code.java", mutation.getDescription(), 1, 0);
    copy.addTestsInOrder(mutation.getTestsInOrder());
    return copy;
  }

  private static MutationDetails mutant(String method, TestInfo... reaching) {
    MutationDetails mutation = new MutationDetails(
        new MutationIdentifier(Location.location(CODE, method, "()V"), 0, "SomeMutator"), "Code.java",
        "changed " + method, 1, 0);
    mutation.addTestsInOrder(List.of(reaching));
    return mutation;
  }

  private static TestInfo test(ClassName testClass, String method) {
    return new TestInfo(testClass.asJavaName(), testClass.asJavaName() + ".[method:" + method + "()]", 1,
        Optional.empty(), 1);
  }

  private static MutationStatusTestPair killedBy(TestInfo killer) {
    return new MutationStatusTestPair(1, DetectionStatus.KILLED, killer.getName());
  }

  private static MutationStatusTestPair status(DetectionStatus status) {
    return new MutationStatusTestPair(1, status, List.of(), List.of(), List.of());
  }

  private WriterFactory writerTo(StringWriter written) {
    return new WriterFactory() {
      @Override
      public PrintWriter create() {
        return new PrintWriter(written);
      }

      @Override
      public void close() {
        writersClosed++;
      }
    };
  }

  private Logger logger() {
    Logger logger = Logger.getAnonymousLogger();
    logger.setUseParentHandlers(false);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        (record.getLevel().intValue() >= Level.WARNING.intValue() ? warnings : infos).add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    return logger;
  }

  /** The coverage of a run: each test reaches the class under test. */
  private record Coverage(List<MutationDetails> mutations) implements CoverageDatabase {

    @Override
    public Collection<TestInfo> getTestsForClass(ClassName name) {
      Set<TestInfo> tests = new LinkedHashSet<>();
      if (name.equals(CODE)) {
        mutations.forEach(mutation -> tests.addAll(mutation.getTestsInOrder()));
      }
      return tests;
    }

    @Override
    public int testCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Collection<TestInfo> getTestsForBlockLocation(BlockLocation location) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BigInteger getCoverageIdForClass(ClassName name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ClassLines getCodeLinesForClass(ClassName name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<ClassLine> getCoveredLines(ClassName name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Collection<ClassLines> getClassesForFile(String sourceFile, String packageName) {
      throw new UnsupportedOperationException();
    }
  }
}
