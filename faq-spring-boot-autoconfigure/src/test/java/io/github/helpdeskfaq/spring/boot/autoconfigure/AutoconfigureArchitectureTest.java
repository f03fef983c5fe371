package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the module shows, and how it meets both Spring Boot lines' health APIs: its POM says the rest. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.spring.boot.autoconfigure",
    importOptions = DoNotIncludeTests.class)
class AutoconfigureArchitectureTest {

  @ArchTest
  static final ArchRule only_the_auto_configurations_the_properties_and_the_customizer_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("HelpdeskAutoConfiguration")
          .orShould().haveSimpleName("HelpdeskActuatorAutoConfiguration")
          .orShould().haveSimpleName("HelpdeskProperties").orShould().haveSimpleName("FeishuProperties")
          .orShould().haveSimpleName("FeishuHelpdeskCustomizer")
          .because("an application configures the starter by properties and beans; the wiring may change freely");

  @ArchTest
  static final ArchRule only_the_boot_4_health_configuration_meets_boot_4s_health_api =
      noClasses().that().doNotHaveFullyQualifiedName(HelpdeskActuatorAutoConfiguration.class.getName()
              + "$Boot4Health")
          .should().dependOnClassesThat().resideInAPackage("org.springframework.boot.health..")
          .because("it is conditional on that API; a class that met it elsewhere would fail on Boot 3.5");

  @ArchTest
  static final ArchRule only_the_boot_3_health_configuration_meets_boot_3s_health_api =
      noClasses().that().doNotHaveFullyQualifiedName(HelpdeskActuatorAutoConfiguration.class.getName()
              + "$Boot3Health")
          .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot.actuate.health..",
              "org.springframework.boot.actuate.autoconfigure..")
          .because("it is conditional on that API; a class that met it elsewhere would fail on Boot 4.0");
}
