package io.github.helpdeskfaq.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.domain", importOptions = DoNotIncludeTests.class)
class DomainArchitectureTest {

  @ArchTest
  static final ArchRule domain_depends_on_the_jdk_only =
      classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.github.helpdeskfaq.domain..", "java..")
          .because("the domain is the stable core that every adapter and consumer builds on; no framework leaks in");

  @ArchTest
  static final ArchRule domain_fields_are_final =
      fields().that().areDeclaredInClassesThat().areNotNestedClasses().should().beFinal()
          .because("domain types are immutable values, safe to share between threads");

  @ArchTest
  static final ArchRule the_knowledge_base_knows_nothing_of_its_ports =
      noClasses().that().resideInAnyPackage("io.github.helpdeskfaq.domain", "io.github.helpdeskfaq.domain.change")
          .should().dependOnClassesThat().resideInAPackage("io.github.helpdeskfaq.domain.port..")
          .because("the records and values are what the ports read and write, whatever the ports become");
}
