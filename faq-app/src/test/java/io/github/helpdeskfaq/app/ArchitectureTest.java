package io.github.helpdeskfaq.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md that hold across every published module and that neither the Maven module graph
 * nor the compiler enforces, checked here where every module is on the class path. What each module may depend on
 * is its POM's business, and what it shows is its own architecture test's. The libraries relocated into the Feishu
 * adapter's jar are not analysed.
 */
@AnalyzeClasses(packages = "io.github.helpdeskfaq",
    importOptions = {DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeShadedLibraries.class})
class ArchitectureTest {

  private static final String APP = "io.github.helpdeskfaq.app..";
  /** The standalone simulator's command line: a program of its own, which prints its base URL. */
  private static final String SIMULATOR_MAIN = io.github.helpdeskfaq.feishu.simulator.Main.class.getName();

  @ArchTest
  static final ArchRule library_code_does_not_write_to_standard_streams =
      noClasses().that().resideOutsideOfPackage(APP).and().doNotHaveFullyQualifiedName(SIMULATOR_MAIN)
          .should(ACCESS_STANDARD_STREAMS)
          .because("libraries log through SLF4J; standard output belongs to the application that embeds them, or "
              + "to a program's own Main");

  @ArchTest
  static final ArchRule only_main_touches_the_standard_streams =
      noClasses().that().resideInAPackage(APP).and().doNotHaveFullyQualifiedName(Main.class.getName())
          .should(ACCESS_STANDARD_STREAMS)
          .because("the program gets its streams from FaqApp.run, so that it runs in-process in tests");

  @ArchTest
  static final ArchRule no_generic_exceptions =
      NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
          .because("callers handle the domain's small hierarchy, not Exception or RuntimeException");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("logging goes through SLF4J; the program picks the binding");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("io.github.helpdeskfaq.(**)").should().beFreeOfCycles()
          .because("a cycle between two packages makes them one in disguise, within a module as across modules");

  /**
   * Leaves out the Retrofit, OkHttp, Okio and Moshi that faq-adapter-feishu's jar carries under its {@code shaded}
   * package: third-party code that these rules do not govern.
   */
  static final class DoNotIncludeShadedLibraries implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/io/github/helpdeskfaq/adapter/feishu/shaded/");
    }
  }
}
