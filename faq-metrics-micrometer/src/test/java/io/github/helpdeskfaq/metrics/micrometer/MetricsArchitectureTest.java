package io.github.helpdeskfaq.metrics.micrometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.metrics.micrometer", importOptions = DoNotIncludeTests.class)
class MetricsArchitectureTest {

  @ArchTest
  static final ArchRule depends_on_the_domain_micrometer_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.metrics.micrometer..", "io.github.helpdeskfaq.adapter.feishu.spi..",
              "io.github.helpdeskfaq.cache..", "io.micrometer..", "java..")
          .because("meters read what a module publishes for them (the adapter's listener, the cache's statistics), "
              + "never its internals");

  @ArchTest
  static final ArchRule only_the_listener_and_the_cache_binder_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("MicrometerFeishuListener").orShould().haveSimpleName("CacheMetrics")
          .because("one entry point per module measured");
}
