package io.github.helpdeskfaq.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.testkit", importOptions = DoNotIncludeTests.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule testkit_depends_on_the_domain_junit_assertj_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.github.helpdeskfaq.testkit..",
              "io.github.helpdeskfaq.domain..", "org.junit.jupiter.api..", "org.junit.jupiter.params..",
              "org.assertj.core..", "java..")
          .because("a consumer's one test dependency brings exactly these; any other library would be a surprise");

  @ArchTest
  static final ArchRule only_the_contract_and_its_data_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("FaqRepositoryContract").orShould().haveSimpleName("ContractData")
          .orShould().haveSimpleName("FaqCatalogContract").orShould().haveSimpleName("CatalogContractData")
          .because("consumers extend the contract and seed its data; its helpers may change freely");
}
