package io.github.helpdeskfaq.pit.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pitest.classinfo.ClassName;

/**
 * SHA-256 fingerprints of a run's classes: of the code under test as a whole, of each test class with the classes
 * of its source file, and of the other test classes (fixtures, generators, fakes), which any test may use.
 */
final class ClassFingerprints {

  private static final String ABSENT = "absent";

  private final Function<ClassName, Optional<byte[]>> bytes;
  private final Set<ClassName> code;
  private final Set<ClassName> tests;
  private final Map<ClassName, String> known = new HashMap<>();

  /**
   * @param bytes a class's bytecode, if it is on the run's class path
   * @param code the classes under test
   * @param tests every class of the test class path
   */
  ClassFingerprints(Function<ClassName, Optional<byte[]>> bytes, Collection<ClassName> code,
      Collection<ClassName> tests) {
    this.bytes = bytes;
    this.code = new TreeSet<>(code);
    this.tests = new TreeSet<>(tests);
  }

  /** The fingerprint of one class's bytecode, or {@code "absent"}. */
  private synchronized String of(ClassName name) {
    return known.computeIfAbsent(name, key -> bytes.apply(key).map(ClassFingerprints::sha256).orElse(ABSENT));
  }

  /** The classes under test. */
  Set<ClassName> codeClasses() {
    return Set.copyOf(code);
  }

  /** One fingerprint of every class under test: it changes when any of them does. */
  String code() {
    return combined(code);
  }

  /**
   * One fingerprint of a class that defines tests and every test class in its source file (the classes nested in
   * the same top-level class), which it alone uses.
   */
  String testClass(ClassName name) {
    String file = topLevel(name);
    return combined(tests.stream().filter(test -> topLevel(test).equals(file))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * One fingerprint of the test classes outside the source files of {@code testClasses}, the classes that define
   * tests: the fixtures any test may use.
   */
  String support(Set<ClassName> testClasses) {
    Set<String> files = testClasses.stream().map(ClassFingerprints::topLevel).collect(Collectors.toSet());
    return combined(tests.stream().filter(test -> !files.contains(topLevel(test)))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static String topLevel(ClassName name) {
    String java = name.asJavaName();
    int nested = java.indexOf('$');
    return nested < 0 ? java : java.substring(0, nested);
  }

  private String combined(Set<ClassName> names) {
    StringBuilder all = new StringBuilder();
    for (ClassName name : names) {
      all.append(name.asJavaName()).append(' ').append(of(name)).append('\n');
    }
    return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException notInThisJvm) {
      throw new IllegalStateException("every Java platform has SHA-256", notInThisJvm);
    }
  }
}
