package io.github.helpdeskfaq.adapter.fake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.adapter.fake", importOptions = DoNotIncludeTests.class)
class FakeAdapterArchitectureTest {

  @ArchTest
  static final ArchRule fake_depends_on_the_domain_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.adapter.fake..", "io.github.helpdeskfaq.domain..", "java..")
          .because("the fake must stay a drop-in for any consumer's tests, with nothing to configure or download");

  @ArchTest
  static final ArchRule only_the_fake_and_its_recorded_calls_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("FakeHelpdesk").orShould().haveSimpleName("RecordedCall")
          .orShould().haveSimpleName("CatalogCall")
          .because("the builder is the module's one entry point; its helpers may change freely");
}
