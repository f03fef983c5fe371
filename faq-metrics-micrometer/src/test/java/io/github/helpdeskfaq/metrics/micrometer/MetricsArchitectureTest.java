package io.github.helpdeskfaq.metrics.micrometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the module shows, and which part of the adapter it may know: its POM says the rest. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.metrics.micrometer", importOptions = DoNotIncludeTests.class)
class MetricsArchitectureTest {

  @ArchTest
  static final ArchRule knows_the_adapter_by_its_extension_points_only =
      noClasses().should().dependOnClassesThat().resideInAPackage("io.github.helpdeskfaq.adapter.feishu")
          .because("meters read what the adapter reports to its listener, never its internals");

  @ArchTest
  static final ArchRule only_the_listener_and_the_cache_binder_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("MicrometerFeishuListener").orShould().haveSimpleName("CacheMetrics")
          .because("one entry point per module measured");
}
