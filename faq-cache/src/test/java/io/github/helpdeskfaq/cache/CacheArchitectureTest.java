package io.github.helpdeskfaq.cache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.cache", importOptions = DoNotIncludeTests.class)
class CacheArchitectureTest {

  @ArchTest
  static final ArchRule cache_depends_on_the_domain_caffeine_and_the_jdk_only =
      classes().that().doNotHaveSimpleName("CacheMetrics").should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.cache..", "io.github.helpdeskfaq.domain..",
              "com.github.benmanes.caffeine..", "java..")
          .because("a decorator wraps any FaqRepository through the port alone, and works without Micrometer");

  @ArchTest
  static final ArchRule only_the_metrics_binder_uses_micrometer =
      classes().that().haveSimpleName("CacheMetrics").should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.cache..", "io.micrometer..", "java..")
          .because("Micrometer is an optional dependency: only an application that binds metrics brings it");

  @ArchTest
  static final ArchRule only_the_cache_its_statistics_and_its_metrics_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("CachingFaqRepository").orShould().haveSimpleName("CacheStatistics")
          .orShould().haveSimpleName("CacheMetrics")
          .because("the builder is the module's one entry point; its helpers may change freely");
}
