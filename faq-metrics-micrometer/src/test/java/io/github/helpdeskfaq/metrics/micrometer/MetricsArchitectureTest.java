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
          .resideInAnyPackage("io.github.helpdeskfaq.metrics.micrometer..", "io.github.helpdeskfaq.domain..",
              "io.micrometer..", "java..")
          .because("a plug-in of the domain's listener: it knows no adapter and no app");

  @ArchTest
  static final ArchRule only_the_listener_is_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("MicrometerFaqServiceListener")
          .because("the listener is the module's one entry point");
}
