package io.github.helpdeskfaq.cache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.cache", importOptions = DoNotIncludeTests.class)
class CacheArchitectureTest {

  @ArchTest
  static final ArchRule only_the_cache_and_its_statistics_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("CachingHelpdesk").orShould().haveSimpleName("CacheStatistics")
          .because("the builder is the module's one entry point; its helpers may change freely");
}
