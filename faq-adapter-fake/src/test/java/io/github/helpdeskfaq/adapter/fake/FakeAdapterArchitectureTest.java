package io.github.helpdeskfaq.adapter.fake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the fake shows; that it needs nothing but the domain is its POM's. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.adapter.fake", importOptions = DoNotIncludeTests.class)
class FakeAdapterArchitectureTest {

  @ArchTest
  static final ArchRule only_the_fake_and_its_recorded_calls_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("FakeHelpdesk").orShould().haveSimpleName("RecordedCall")
          .orShould().haveSimpleName("CatalogCall").orShould().haveSimpleName("WriteCall")
          .because("the builder is the module's one entry point; its helpers may change freely");
}
