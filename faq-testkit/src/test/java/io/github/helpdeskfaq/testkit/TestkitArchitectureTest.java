package io.github.helpdeskfaq.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the testkit shows and what it uses of the libraries its POM brings. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.testkit", importOptions = DoNotIncludeTests.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule uses_the_junit_and_assertj_apis_only =
      classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.github.helpdeskfaq.testkit..",
              "io.github.helpdeskfaq.domain..", "org.junit.jupiter.api..", "org.junit.jupiter.params..",
              "org.assertj.core..", "java..")
          .because("a consumer's one test dependency must work with whatever JUnit engine and AssertJ version its "
              + "build resolves: no engine internals, no transitive library");

  @ArchTest
  static final ArchRule only_the_contract_and_its_data_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("FaqRepositoryContract").orShould().haveSimpleName("ContractData")
          .orShould().haveSimpleName("FaqCatalogContract").orShould().haveSimpleName("CatalogContractData")
          .orShould().haveSimpleName("KnowledgeBaseWriterContract")
          .because("consumers extend the contract and seed its data; its helpers may change freely");
}
